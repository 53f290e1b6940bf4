import { useState } from 'react';
import { messageOf } from '../../shared/api';
import { DateText, Notice } from '../../shared/components';
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT, FileField, formatSize, readPickedFiles, type PickedFile } from './fields';
import type { CityDocument } from './types';
import { uploadAttachment } from './upload';

/**
 * The attachments with every version. Before sending the drafter adds files freely; once decided a file can
 * only be added, as a new version beside the decided one (a file of the same name becomes its next version).
 */
export function AttachmentsSection({
  document,
  mayAdd,
  onAdded,
}: {
  document: CityDocument;
  mayAdd: boolean;
  onAdded(): Promise<void>;
}) {
  const open = document.status === 'editing' || document.status === 'registered' || document.status === 'decided';
  return (
    <section aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">添付ファイル</h2>
      {document.attachments.length === 0 ? (
        <p>添付ファイルはありません。</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">ファイル名</th>
                <th scope="col">版</th>
                <th scope="col">大きさ</th>
                <th scope="col">追加日時</th>
                <th scope="col">区分</th>
              </tr>
            </thead>
            <tbody>
              {document.attachments.map((a) => (
                <tr key={a.id}>
                  <td>
                    {document.status === 'disposed' ? (
                      a.name
                    ) : (
                      <a href={`/api/documents/${document.id}/attachments/${a.id}/content`} download={a.name}>
                        {a.name}
                      </a>
                    )}
                  </td>
                  <td>第{a.version}版</td>
                  <td>{formatSize(a.size)}</td>
                  <td>
                    <DateText value={a.createdAt} withTime />
                  </td>
                  <td>{a.addedAfterDecision ? '決裁後に追加' : '決裁時の添付'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayAdd && open && <AddAttachment document={document} onAdded={onAdded} />}
    </section>
  );
}

function AddAttachment({ document, onAdded }: { document: CityDocument; onAdded(): Promise<void> }) {
  const [picked, setPicked] = useState<PickedFile[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  const add = async () => {
    if (picked.length === 0) {
      setError('ファイルを選んでください。');
      return;
    }
    setBusy(true);
    setError(undefined);
    setDone(null);
    try {
      for (const file of picked) {
        await uploadAttachment(document.id, file);
      }
      setDone(`${picked.map((p) => p.name).join('、')} を追加しました。`);
      setPicked([]);
      setGeneration((g) => g + 1);
      await onAdded();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="docs-panel">
      {done && <Notice kind="success">{done}</Notice>}
      <FileField
        key={generation}
        label={document.status === 'decided' ? '決裁後のファイルを追加' : 'ファイルを追加'}
        hint={
          document.status === 'decided'
            ? `決裁済みの文書のファイルは差し替えられません。同じ名前のファイルは新しい版として追加されます。${ATTACHMENT_HINT}`
            : ATTACHMENT_HINT
        }
        accept={ATTACHMENT_ACCEPT}
        multiple
        error={error}
        onPick={(files) => {
          setError(undefined);
          void readPickedFiles(files).then(setPicked);
        }}
        onTooLarge={(name) => setError(`${name} は 700KB を超えています。`)}
      />
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void add()}>
        追加する
      </button>
    </div>
  );
}
