import { useState } from 'react';
import { messageOf } from '../../shared/api';
import { attachmentSizeProblem, uploadAttachment } from './attachments';
import { FileField } from './FileField';

/** Attach a file of one kind to a submitted application; a refusal (無害化, size) is shown on the field. */
export function AttachmentUpload({
  applicationId,
  kind,
  initialError,
  onUploaded,
}: {
  applicationId: number;
  kind: string;
  initialError?: string;
  onUploaded: () => void;
}) {
  const [file, setFile] = useState<File | undefined>();
  const [error, setError] = useState<string | undefined>(initialError);
  const [busy, setBusy] = useState(false);
  const upload = async () => {
    if (!file) return setError('ファイルを選んでください。');
    const tooBig = attachmentSizeProblem(file);
    if (tooBig) return setError(tooBig);
    setBusy(true);
    try {
      await uploadAttachment(applicationId, kind, file);
      setError(undefined);
      onUploaded();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <FileField label={kind} chosen={file} error={error} onChoose={setFile} />
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void upload()}>
        {kind}を添付する
      </button>
    </div>
  );
}
