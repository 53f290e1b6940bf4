import { Notice, SelectField, TextField } from '../../shared/components';
import { useFeeAreas, useFeeDistrict } from '../permits/fee-areas';
import { geometryOf, MIN_VERTICES } from '../permits/geometry';
import { PlaceEditor } from '../permits/PlaceEditor';
import { KIND_LABELS, UNIT_LABELS } from '../permits/labels';
import type { ApplicationKind, OccupancyCategory } from '../permits/types';
import type { Draft } from './draft';

export interface StepProps {
  draft: Draft;
  category: OccupancyCategory | undefined;
  change: (next: Partial<Draft>) => void;
  errors: Record<string, string>;
}

/** 1: the kind of application and the 占用物件's category (fixed when correcting). */
export function KindStep({
  draft,
  change,
  errors,
  categories,
  onCategory,
  categoryLocked,
}: StepProps & {
  categories: OccupancyCategory[];
  onCategory: (category: OccupancyCategory) => void;
  categoryLocked: boolean;
}) {
  return (
    <>
      <fieldset className="fieldset">
        <legend>申請の種類</legend>
        {(Object.keys(KIND_LABELS) as ApplicationKind[]).map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name="kind" checked={draft.kind === kind} onChange={() => change({ kind })} />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      {draft.kind !== 'new' && (
        <TextField
          label="現在の許可番号"
          required
          hint="許可書に記載された番号（例: 港道占第12号）"
          value={draft.citedPermitNumber}
          error={errors.citedPermitNumber}
          onChange={(e) => change({ citedPermitNumber: e.target.value })}
        />
      )}
      {draft.kind === 'succession' && (
        <TextField
          label="現在の占用者"
          required
          hint="許可書に記載された占用者の氏名・名称"
          value={draft.currentHolderName}
          error={errors.currentHolderName}
          onChange={(e) => change({ currentHolderName: e.target.value })}
        />
      )}
      <SelectField
        label="占用物件の区分"
        required
        disabled={categoryLocked}
        hint={categoryLocked ? '補正では区分は変えられません。' : undefined}
        value={draft.categoryCode}
        error={errors.categoryCode}
        choices={[
          { value: '', label: '選んでください' },
          ...categories.map((c) => ({ value: c.code, label: `${c.name}（最長${c.maxYears}年）` })),
        ]}
        onChange={(e) => {
          const chosen = categories.find((c) => c.code === e.target.value);
          if (chosen) onCategory(chosen);
        }}
      />
    </>
  );
}

/** 2: the category's own fields, rendered from its data, and the quantity the fee counts. */
export function DetailsStep({ draft, category, change, errors }: StepProps) {
  if (!category) return null;
  const setField = (key: string, value: string) => change({ fields: { ...draft.fields, [key]: value } });
  return (
    <>
      {category.fields.map((field) =>
        field.type === 'select' ? (
          <SelectField
            key={field.key}
            label={field.label}
            required={field.required}
            value={draft.fields[field.key] ?? ''}
            error={errors[`fields.${field.key}`]}
            choices={[
              { value: '', label: '選んでください' },
              ...(field.options ?? []).map((o) => ({ value: o, label: o })),
            ]}
            onChange={(e) => setField(field.key, e.target.value)}
          />
        ) : (
          <TextField
            key={field.key}
            label={field.label}
            required={field.required}
            type={field.type === 'number' ? 'number' : 'text'}
            step={field.type === 'number' ? 'any' : undefined}
            min={field.min}
            max={field.max}
            hint={field.type === 'number' && field.min !== undefined ? `${field.min}〜${field.max ?? ''}` : undefined}
            value={draft.fields[field.key] ?? ''}
            error={errors[`fields.${field.key}`]}
            onChange={(e) => setField(field.key, e.target.value)}
          />
        ),
      )}
      <TextField
        label={`数量（${UNIT_LABELS[category.unit]}）`}
        required
        type="number"
        step="any"
        min={0.01}
        hint="占用料はこの数量で計算します（0.01未満は切り捨て）。"
        value={draft.quantity}
        error={errors.quantity}
        onChange={(e) => change({ quantity: e.target.value })}
      />
    </>
  );
}

/** The 級地 the drawn place falls in: the fee follows it, nobody picks it. */
function FeeDistrictLine({ draft }: { draft: Draft }) {
  const complete = draft.vertices.length >= MIN_VERTICES[draft.geometryType];
  const geometry =
    complete && draft.vertices.flat().every(Number.isFinite) ? geometryOf(draft.geometryType, draft.vertices) : null;
  const { district, error } = useFeeDistrict(
    geometry,
    /^\d{4}-\d{2}-\d{2}$/.test(draft.periodFrom) ? draft.periodFrom : null,
  );
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!district) return null;
  return (
    <p data-testid="fee-district" aria-live="polite">
      この場所は<strong>{district.feeDistrict}級地</strong>
      {district.areas.length > 0 ? `（${district.areas.join('・')}）` : ''}
      です。占用料はこの級地で計算します。
    </p>
  );
}

/** 3: address, road and the place drawn or typed; the 級地 follows from the place. */
export function PlaceStep({ draft, change, errors }: StepProps) {
  const areas = useFeeAreas();
  return (
    <>
      <TextField
        label="場所（住所）"
        required
        autoComplete="off"
        value={draft.address}
        error={errors.address}
        onChange={(e) => change({ address: e.target.value })}
      />
      <TextField
        label="路線名"
        required
        hint="例：市道港町1号線"
        value={draft.roadName}
        error={errors.roadName}
        onChange={(e) => change({ roadName: e.target.value })}
      />
      <PlaceEditor
        geometryType={draft.geometryType}
        vertices={draft.vertices}
        areas={areas}
        error={errors.geometry}
        onChange={(geometryType, vertices) => change({ geometryType, vertices })}
      />
      <FeeDistrictLine draft={draft} />
    </>
  );
}

/** 4: the period within the category's limit, and whether the police permit is needed. */
export function PeriodStep({ draft, category, change, errors }: StepProps) {
  return (
    <>
      <p className="field__hint">
        {category ? `「${category.name}」の占用期間は最長${category.maxYears}年です。` : ''}
      </p>
      <TextField
        label="占用期間の始期"
        required
        type="date"
        value={draft.periodFrom}
        error={errors.periodFrom}
        onChange={(e) => change({ periodFrom: e.target.value })}
      />
      <TextField
        label="占用期間の終期"
        required
        type="date"
        value={draft.periodTo}
        error={errors.periodTo}
        onChange={(e) => change({ periodTo: e.target.value })}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.policeConsultation}
          onChange={(e) => change({ policeConsultation: e.target.checked })}
        />
        車道での工事等のため、警察の道路使用許可も必要です
      </label>
      {draft.policeConsultation && (
        <p className="field__hint">市が警察と協議します。協議の結果は経過に表示されます。</p>
      )}
    </>
  );
}
