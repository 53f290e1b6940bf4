import { SelectField } from '../../shared/components';
import { useApi } from '../useApi';
import { END_ACTION_LABELS, retentionLabel } from './labels';
import type { OrgUnit, RecordFile } from './types';

/**
 * The record file (簿冊) a document is filed in: one of the section's open files. The file brings the retention
 * period and what happens at its end, shown under the choice.
 */
export function RecordFilePicker({
  section,
  label,
  value,
  onChange,
  error,
}: {
  section: OrgUnit | null;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
}) {
  const files = useApi<RecordFile[]>(
    section ? `/api/documents/file-plan/record-files?status=open&unitId=${section.id}` : null,
  );
  const file = files.data?.find((f) => String(f.id) === value);
  return (
    <SelectField
      label={label}
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error ?? files.error ?? undefined}
      hint={
        file
          ? `保存期間 ${retentionLabel(file.retention)}・満了時 ${END_ACTION_LABELS[file.endAction]}`
          : '所属課の現年の簿冊から選びます。保存期間と満了時の措置は簿冊で決まります。'
      }
      choices={[
        { value: '', label: '選んでください' },
        ...(files.data ?? []).map((f) => ({ value: String(f.id), label: f.title })),
      ]}
    />
  );
}
