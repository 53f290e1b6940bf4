import { DateText } from '../../shared/components';
import type { Attachment } from './types';

const TREATMENT_LABELS: Record<string, string> = {
  checked: '検査済',
  reencoded: '画像を再変換済',
};

/** The attached files; `hrefOf` gives each file's download path on the caller's side (portal or LGWAN). */
export function AttachmentList({
  attachments,
  hrefOf,
}: {
  attachments: Attachment[];
  hrefOf: (a: Attachment) => string;
}) {
  if (attachments.length === 0) return <p>添付書類はまだありません。</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">種類</th>
            <th scope="col">ファイル</th>
            <th scope="col">無害化</th>
            <th scope="col">添付日時</th>
          </tr>
        </thead>
        <tbody>
          {attachments.map((a) => (
            <tr key={a.id}>
              <td>{a.attachmentKind}</td>
              <td>
                <a href={hrefOf(a)} download={a.fileName}>
                  {a.fileName}
                </a>{' '}
                <small>（{Math.max(1, Math.round(a.size / 1024)).toLocaleString('ja-JP')}KB）</small>
              </td>
              <td>{TREATMENT_LABELS[a.treatment] ?? a.treatment}</td>
              <td>
                <DateText value={a.uploadedAt} withTime />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
