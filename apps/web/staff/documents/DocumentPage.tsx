import { useState } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { DateText, Loading, Notice, PageTitle, TextField } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { Link } from '../../shared/router';
import { HistoryView } from '../CaseView';
import { useSession } from '../session';
import type { CaseRoute } from '../types';
import { useApi } from '../useApi';
import { AttachmentsSection } from './AttachmentsSection';
import { nameList } from './fields';
import { DispatchSection } from './DispatchSection';
import {
  DECISION_CLASS_LABELS,
  DISCLOSURE_LABELS,
  DISPATCH_LABELS,
  END_ACTION_LABELS,
  retentionLabel,
  STATUS_LABELS,
} from './labels';
import { useOrganisation } from './org';
import { StampBoxes } from './RouteViews';
import type { CityDocument, RecordFile } from './types';

/** One document: its metadata, text, 決裁欄, attachments, 施行 and history; the drafter's actions on it. */
export function DocumentPage({ id }: { id: number }) {
  const { me } = useSession();
  const { data: document, error, reload } = useApi<CityDocument>(`/api/documents/${id}`);
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!document) return <Loading />;
  const mine = document.drafterUserId === me?.id;
  const heading = `${document.docNumber ? `${document.docNumber} ` : ''}${document.title}`;
  return (
    <>
      <PageTitle title={heading}>{document.title}</PageTitle>
      <DocumentSummary document={document} />
      <section aria-labelledby="body-heading">
        <h2 id="body-heading">{document.kind === 'draft' ? '伺い文' : '概要'}</h2>
        {document.status === 'disposed' ? (
          <p>廃棄済みのため、本文は残っていません（記録のみ保存しています）。</p>
        ) : (
          <div className="docs-body">{document.body || '（本文なし）'}</div>
        )}
      </section>
      {mine && <DrafterActions document={document} onChange={reload} />}
      {document.route.length > 0 && (
        <section aria-labelledby="stamps-heading">
          <h2 id="stamps-heading">{document.kind === 'draft' ? '決裁欄' : '供覧欄'}</h2>
          <StampBoxes stamps={document.route} />
        </section>
      )}
      <AttachmentsSection document={document} mayAdd={mine} onAdded={reload} />
      {document.kind === 'draft' && document.status === 'decided' && <PdfDownloads document={document} />}
      {document.kind === 'draft' && document.status === 'decided' && (
        <DispatchSection document={document} mayDispatch={mine} onDispatched={reload} />
      )}
      {document.instanceId !== null && <DocumentHistory instanceId={document.instanceId} />}
    </>
  );
}

function DocumentSummary({ document }: { document: CityDocument }) {
  const org = useOrganisation();
  const files = useApi<RecordFile[]>(`/api/documents/file-plan/record-files?unitId=${document.unitId}`);
  const file = files.data?.find((f) => f.id === document.recordFileId);
  return (
    <dl className="summary" data-testid="document-summary">
      <dt>文書番号</dt>
      <dd data-testid="doc-number">{document.docNumber ?? '（決裁時に付番）'}</dd>
      <dt>種別</dt>
      <dd>{document.kind === 'draft' ? '起案文書' : '収受文書'}</dd>
      <dt>状況</dt>
      <dd data-testid="doc-status">{STATUS_LABELS[document.status]}</dd>
      <dt>課</dt>
      <dd>{org.unitName(document.unitId)}</dd>
      <dt>簿冊</dt>
      <dd>
        {file
          ? `${file.title}（保存期間 ${retentionLabel(file.retention)}・満了時 ${END_ACTION_LABELS[file.endAction]}）`
          : `ID ${document.recordFileId}`}
      </dd>
      <dt>公開区分</dt>
      <dd>{DISCLOSURE_LABELS[document.disclosure]}</dd>
      {document.kind === 'draft' ? (
        <>
          <dt>決裁区分</dt>
          <dd>{DECISION_CLASS_LABELS[document.decisionClass]}</dd>
          <dt>起案日</dt>
          <dd>{formatDate(document.draftedOn)}</dd>
        </>
      ) : (
        <>
          <dt>差出人</dt>
          <dd>{document.sender}</dd>
          <dt>先方の文書番号</dt>
          <dd>{document.senderNumber ?? '—'}</dd>
          <dt>収受日</dt>
          <dd>{document.receivedOn ? formatDate(document.receivedOn) : '—'}</dd>
        </>
      )}
      {document.decidedAt && (
        <>
          <dt>決裁日</dt>
          <dd>
            <DateText value={document.decidedAt} withTime />
          </dd>
        </>
      )}
      {document.dispatchedAt && document.dispatchMethod && (
        <>
          <dt>施行</dt>
          <dd>
            <DateText value={document.dispatchedAt} withTime /> {DISPATCH_LABELS[document.dispatchMethod]}
            {document.dispatchNote && `（${document.dispatchNote}）`}
          </dd>
        </>
      )}
      {document.answersDocumentId && (
        <>
          <dt>回答する収受文書</dt>
          <dd>
            <Link href={`/staff/documents/${document.answersDocumentId}`}>収受文書を開く</Link>
          </dd>
        </>
      )}
      {document.decidedSha256 && (
        <>
          <dt>決裁版のハッシュ</dt>
          <dd>
            <code style={{ wordBreak: 'break-all' }}>{document.decidedSha256}</code>
          </dd>
        </>
      )}
    </dl>
  );
}

const DONE: Record<string, string> = {
  submit: '回議に回しました。',
  withdraw: '取り下げました。修正して再び回議に回せます。',
  circulate: '供覧に回しました。',
};

/** What the drafter (or the registrar of a received document) can do with it now. */
function DrafterActions({ document, onChange }: { document: CityDocument; onChange(): Promise<void> }) {
  const [viewers, setViewers] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: keyof typeof DONE, path: string, body?: unknown) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await api('POST', path, { body });
      setDone(DONE[action]);
      await onChange();
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const { id, kind, status } = document;
  const hasActions = status === 'editing' || status === 'inRoute' || kind === 'received';
  if (!hasActions && !done) return null;
  return (
    <section aria-labelledby="drafter-heading">
      <h2 id="drafter-heading">{kind === 'draft' ? '起案者の操作' : '収受者の操作'}</h2>
      {done && <Notice kind="success">{done}</Notice>}
      {kind === 'received' && status === 'registered' && (
        <TextField
          label="供覧先（ユーザー名）"
          hint="課長の確認の後に回覧する職員。複数は読点で区切ります。"
          value={viewers}
          onChange={(e) => setViewers(e.target.value)}
          error={error instanceof ApiError ? error.fieldMessage('viewers') : undefined}
        />
      )}
      {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
      <div className="actions">
        {kind === 'draft' && status === 'editing' && (
          <>
            <Link href={`/staff/documents/${id}/edit`} className="button button--secondary">
              修正する
            </Link>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run('submit', `/api/documents/drafts/${id}/submit`)}
            >
              回議に回す
            </button>
          </>
        )}
        {status === 'inRoute' && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void run('withdraw', `/api/documents/${id}/withdraw`, {})}
          >
            取り下げる
          </button>
        )}
        {kind === 'received' && status === 'registered' && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run('circulate', `/api/documents/received/${id}/circulate`, {
                viewers: nameList(viewers),
              })
            }
          >
            供覧に回す
          </button>
        )}
        {kind === 'received' && (
          <Link href={`/staff/documents/new?answers=${id}`} className="button button--secondary">
            回答を起案する
          </Link>
        )}
      </div>
    </section>
  );
}

/** The decided document as a PDF with its 決裁欄, and the signed PDF an electronic 施行 sent out. */
function PdfDownloads({ document }: { document: CityDocument }) {
  const name = document.docNumber ?? `document-${document.id}`;
  return (
    <section aria-labelledby="pdf-heading">
      <h2 id="pdf-heading">PDF</h2>
      <ul>
        <li>
          <a href={`/api/documents/${document.id}/pdf`} download={`${name}.pdf`}>
            決裁済み文書（決裁欄付き）の PDF をダウンロード
          </a>
        </li>
        {document.dispatchedPdfSha256 && (
          <li>
            <a href={`/api/documents/${document.id}/dispatched-pdf`} download={`${name}（施行）.pdf`}>
              電子施行した署名付き PDF をダウンロード
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}

function DocumentHistory({ instanceId }: { instanceId: number }) {
  const { data, error } = useApi<CaseRoute>(`/api/web/cases/${instanceId}`);
  if (error) return <Notice kind="error">履歴を表示できません: {error}</Notice>;
  if (!data) return <Loading />;
  return <HistoryView history={data.history} />;
}
