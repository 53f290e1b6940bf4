import { attachmentSizeProblem } from '../permits/attachments';
import { FileField } from '../permits/FileField';
import type { StepProps } from './steps';

/** 5: a file per attachment kind the category requires; they are uploaded right after the application. */
export function AttachmentsStep({ draft, category, change, errors }: StepProps) {
  if (!category) return null;
  return (
    <>
      <p>「{category.name}」には次の書類が必要です。後からマイページで添付することもできます。</p>
      {category.requiredAttachments.map((kind) => (
        <FileField
          key={kind}
          label={kind}
          chosen={draft.files[kind]}
          error={errors[`file.${kind}`]}
          onChoose={(file) => {
            const files = { ...draft.files };
            if (file) files[kind] = file;
            else delete files[kind];
            change({ files });
          }}
        />
      ))}
    </>
  );
}

/** Size problems of the chosen files, keyed like the step's errors. */
export function attachmentProblems(files: Record<string, File>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [kind, file] of Object.entries(files)) {
    const problem = attachmentSizeProblem(file);
    if (problem) problems[`file.${kind}`] = problem;
  }
  return problems;
}
