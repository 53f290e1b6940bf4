import { DateText, Loading, Notice, PageTitle } from '../../shared/components';
import { Link } from '../../shared/router';
import { useApi } from '../useApi';
import { END_ACTION_LABELS, fiscalYearLabel, retentionLabel } from './labels';
import { StampBoxes } from './RouteViews';
import type { Disposal, RecordFile } from './types';

const STATUS: Record<Disposal['status'], string> = {
  requested: '決裁待ち',
  executed: '実施済み',
  refused: '却下・取下げ',
};

/** A 廃棄・移管: its approval route, and once executed the tombstone (who approved, when the content went). */
export function DisposalPage({ id }: { id: number }) {
  const { data, error } = useApi<Disposal>(`/api/documents/disposals/${id}`);
  const files = useApi<RecordFile[]>('/api/documents/file-plan/record-files');
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data) return <Loading />;
  const action = END_ACTION_LABELS[data.action];
  const file = files.data?.find((f) => f.id === data.recordFileId);
  return (
    <>
      <PageTitle title={`${action}の記録`}>{action}の記録</PageTitle>
      <dl className="summary">
        <dt>状況</dt>
        <dd data-testid="disposal-status">{STATUS[data.status]}</dd>
        <dt>理由</dt>
        <dd>{data.reason}</dd>
        <dt>簿冊</dt>
        <dd>
          {file && `${file.title}（${fiscalYearLabel(file.fiscalYear)}・保存期間 ${retentionLabel(file.retention)}）`}{' '}
          <Link href={`/staff/documents/search?recordFileId=${data.recordFileId}`}>簿冊の文書を見る</Link>
        </dd>
        <dt>起案日時</dt>
        <dd>
          <DateText value={data.createdAt} withTime />
        </dd>
        <dt>決裁者</dt>
        <dd>{data.decidedBy ?? '—'}</dd>
        <dt>実施日時</dt>
        <dd>{data.executedAt ? <DateText value={data.executedAt} withTime /> : '—'}</dd>
        {data.action === 'dispose' && (
          <>
            <dt>内容の消去</dt>
            <dd>
              {data.contentRemovedAt ? <DateText value={data.contentRemovedAt} withTime /> : '—'}
              （文書の番号・件名・日付は記録として残ります）
            </dd>
          </>
        )}
      </dl>
      {data.route.length > 0 && (
        <section aria-labelledby="disposal-stamps-heading">
          <h2 id="disposal-stamps-heading">決裁欄</h2>
          <StampBoxes stamps={data.route} />
        </section>
      )}
    </>
  );
}
