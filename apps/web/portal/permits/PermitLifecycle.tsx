import { DateText } from '../../shared/components';
import { Link } from '../../shared/router';
import { END_LABELS } from './labels';
import type { ApplicationView } from './types';

/**
 * What became of a permit after it was issued (dt/dd pairs for a summary list): ended by a 廃止, superseded by a
 * 変更・承継, or continued by an 更新; with a link to that application when `hrefOf` is given.
 */
export function PermitLifecycle({
  application: a,
  hrefOf,
}: {
  application: ApplicationView;
  hrefOf?: (applicationId: number) => string;
}) {
  const by = (id: number) => (hrefOf ? <Link href={hrefOf(id)}>申請番号 {id}</Link> : <>申請番号 {id}</>);
  if (a.end) {
    return (
      <>
        <dt>効力</dt>
        <dd data-testid="permit-end">
          <DateText value={a.end.on} /> {END_LABELS[a.end.reason]}（{by(a.end.byApplicationId)}の許可による）
        </dd>
      </>
    );
  }
  if (a.renewedByApplicationId) {
    return (
      <>
        <dt>更新</dt>
        <dd>期間満了の後は{by(a.renewedByApplicationId)}の更新許可に引き継がれます</dd>
      </>
    );
  }
  return null;
}
