import { DateText, Loading, Notice, PageTitle } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { Link } from '../../shared/router';
import { INSTANCE_STATUS_LABELS, labelOf } from '../labels';
import type { MyRequest } from '../types';
import { useApi } from '../useApi';
import { useOrganisation } from './org';
import type { SearchResult } from './types';

const DOCUMENT_KEY = /^document-(\d+)$/;

/** 起案一覧: the section's drafts still being written, and the drafts I sent on their route. */
export function DraftsPage() {
  const section = useSectionDrafts();
  return (
    <>
      <PageTitle title="起案一覧">起案一覧</PageTitle>
      <div className="actions">
        <Link href="/staff/documents/new" className="button">
          起案する
        </Link>
        <Link href="/staff/documents/received/new" className="button button--secondary">
          収受を登録する
        </Link>
      </div>
      <EditingDrafts section={section} />
      <SentDrafts section={section} />
    </>
  );
}

/** The section's latest drafts: the ones being written are listed, and they name the ones sent. */
function useSectionDrafts() {
  const { mySection } = useOrganisation();
  const { data, error } = useApi<SearchResult>(
    mySection ? `/api/documents?kind=draft&unitId=${mySection.id}&limit=100` : null,
  );
  return { name: mySection?.name, hits: data?.items, error };
}

type SectionDrafts = ReturnType<typeof useSectionDrafts>;

function EditingDrafts({ section }: { section: SectionDrafts }) {
  const { error } = section;
  const editing = section.hits?.filter((d) => d.status === 'editing');
  return (
    <section aria-labelledby="editing-heading">
      <h2 id="editing-heading">作成中の起案（{section.name ?? '所属課'}）</h2>
      {error && <Notice kind="error">{error}</Notice>}
      {!editing && !error && <Loading />}
      {editing && editing.length === 0 && <p>作成中の起案はありません。</p>}
      {editing && editing.length > 0 && (
        <ul>
          {editing.map((d) => (
            <li key={d.id}>
              <Link href={`/staff/documents/${d.id}`}>{d.title}</Link>（{d.docNumber ?? '番号は決裁時'}・
              {formatDate(d.draftedOn)}）
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SentDrafts({ section }: { section: SectionDrafts }) {
  const { data, error } = useApi<MyRequest[]>('/api/web/my-requests');
  const sent = (data ?? []).flatMap((r) => {
    const id = r.processKey === 'document-approval' ? DOCUMENT_KEY.exec(r.businessKey)?.[1] : undefined;
    if (!id) return [];
    const hit = section.hits?.find((d) => d.id === Number(id));
    return [
      {
        ...r,
        documentId: id,
        title: hit ? `${hit.docNumber ? `${hit.docNumber} ` : ''}${hit.title}` : `文書（ID ${id}）`,
      },
    ];
  });
  return (
    <section aria-labelledby="sent-heading">
      <h2 id="sent-heading">回議に回した自分の起案</h2>
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <Loading />}
      {data && sent.length === 0 && <p>回議に回した起案はありません。</p>}
      {sent.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">件名</th>
                <th scope="col">状況</th>
                <th scope="col">現在の手順</th>
                <th scope="col">送付日</th>
              </tr>
            </thead>
            <tbody>
              {sent.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/staff/documents/${r.documentId}`}>{r.title}</Link>
                  </td>
                  <td>{labelOf(INSTANCE_STATUS_LABELS, r.status)}</td>
                  <td>
                    {r.openSteps.length === 0
                      ? '—'
                      : r.openSteps.map((s) => `${s.name ?? ''}（${s.assigneeLabel}）`).join('、')}
                  </td>
                  <td>
                    <DateText value={r.startedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
