import { SelectField } from '../shared/components';
import { unitChoices, type UnitNode } from './org-units';
import { useApi } from './useApi';

/** A post as the pickers hold it: the unit's id and the position's code, '' until chosen. */
export interface PostChoice {
  unitId: string;
  positionCode: string;
}

interface PositionItem {
  code: string;
  name: string;
}

/** The organisation chart and the position ladder, loaded once for every picker of a screen. */
export function usePostChoices() {
  const units = useApi<UnitNode[]>('/api/org/units');
  const positions = useApi<PositionItem[]>('/api/org/positions');
  return {
    units: [{ value: '', label: '選んでください' }, ...unitChoices(units.data ?? [])],
    positions: [
      { value: '', label: '選んでください' },
      ...(positions.data ?? []).map((p) => ({ value: p.code, label: p.name })),
    ],
    error: units.error ?? positions.error,
  };
}

/** A unit and a position chosen together (異動先, 合議先, 代決する職 …), each with its own label and error. */
export function PostPicker({
  unitLabel,
  positionLabel,
  value,
  onChange,
  choices,
  unitError,
  positionError,
}: {
  unitLabel: string;
  positionLabel: string;
  value: PostChoice;
  onChange: (value: PostChoice) => void;
  choices: ReturnType<typeof usePostChoices>;
  unitError?: string;
  positionError?: string;
}) {
  return (
    <>
      <SelectField
        label={unitLabel}
        required
        value={value.unitId}
        onChange={(e) => onChange({ ...value, unitId: e.target.value })}
        choices={choices.units}
        error={unitError ?? choices.error ?? undefined}
      />
      <SelectField
        label={positionLabel}
        required
        value={value.positionCode}
        onChange={(e) => onChange({ ...value, positionCode: e.target.value })}
        choices={choices.positions}
        error={positionError}
      />
    </>
  );
}
