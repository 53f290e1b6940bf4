import { Link } from '../../shared/router';
import type { PermitCondition } from './types';

/** The permit: its number, the PDF to download, and the code anyone can check it by. */
export function PermitSection({
  applicationId,
  permitNumber,
  verificationCode,
  conditions,
}: {
  applicationId: number;
  permitNumber: string;
  verificationCode: string;
  conditions: PermitCondition[];
}) {
  return (
    <section aria-labelledby="permit-heading">
      <h2 id="permit-heading">許可書</h2>
      <dl className="summary">
        <dt>許可番号</dt>
        <dd data-testid="permit-number">{permitNumber}</dd>
        <dt>確認コード</dt>
        <dd>
          <Link href={`/portal/verify/${verificationCode}`}>{verificationCode}</Link>
        </dd>
      </dl>
      <p>
        <a className="button" href={`/api/portal/permits/applications/${applicationId}/permit.pdf`} download>
          許可書（PDF）をダウンロード
        </a>
      </p>
      {conditions.length > 0 && (
        <>
          <h3>許可条件</h3>
          <ol>
            {conditions.map((c, i) => (
              <li key={i}>{c.text}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
