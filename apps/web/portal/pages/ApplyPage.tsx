import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Loading, Notice, PageTitle } from '../../shared/components';
import { navigate } from '../../shared/router';
import { AttachmentsStep, attachmentProblems } from '../apply/AttachmentsStep';
import { draftOf, EMPTY_DRAFT, inputOf, quoteRequest, stepOfField, stepProblems, STEPS } from '../apply/draft';
import { useDraft } from '../apply/useDraft';
import { DetailsStep, KindStep, PeriodStep, PlaceStep } from '../apply/steps';
import { ApplicationSummary } from '../permits/ApplicationSummary';
import { uploadAttachment } from '../permits/attachments';
import { FeeQuotePanel } from '../permits/FeeBreakdown';
import '../permits/permits.css';
import type { ApplicationDetail, ApplicationView } from '../permits/types';

/** What the application page shows after submitting: files the API refused, by kind. */
export interface SubmittedState {
  submitted: true;
  uploadErrors: Record<string, string>;
}

/**
 * The application wizard (新規・更新・変更・廃止・承継), or the same form answering a correction request
 * (補正) of an application already submitted.
 */
export function ApplyPage({ correcting }: { correcting?: ApplicationDetail }) {
  const { categories, draft, category, change, chooseCategory } = useDraft(() =>
    correcting ? draftOf(correcting) : EMPTY_DRAFT,
  );
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (categories.error) return <Notice kind="error">{categories.error}</Notice>;
  if (!categories.data) return <Loading />;
  const title = correcting ? `申請の補正（申請番号 ${correcting.id}）` : '道路占用許可の申請';

  const next = (event: FormEvent) => {
    event.preventDefault();
    const problems = { ...stepProblems(step, draft, category), ...(step === 4 ? attachmentProblems(draft.files) : {}) };
    setErrors(problems);
    if (Object.keys(problems).length === 0) setStep(step + 1);
  };

  const submit = async () => {
    if (!category) return;
    setBusy(true);
    setFailure(null);
    try {
      const input = inputOf(draft, category);
      const saved = correcting
        ? await api<ApplicationView>('PUT', `/api/portal/permits/applications/${correcting.id}`, { body: input })
        : await api<ApplicationView>('POST', '/api/portal/permits/applications', { body: input });
      const uploadErrors: Record<string, string> = {};
      for (const [kind, file] of Object.entries(draft.files)) {
        await uploadAttachment(saved.id, kind, file).catch((e: unknown) => (uploadErrors[kind] = messageOf(e)));
      }
      const state: SubmittedState = { submitted: true, uploadErrors };
      navigate(`/portal/applications/${saved.id}`, { state });
    } catch (e) {
      if (e instanceof ApiError && e.fields.length > 0) {
        setErrors(Object.fromEntries(e.fields.map((f) => [f.field, f.messages.join(' ')])));
        setStep(Math.min(...e.fields.map((f) => stepOfField(f.field))));
      }
      setFailure(messageOf(e));
      setBusy(false);
    }
  };

  const stepProps = { draft, category, change, errors };
  return (
    <>
      <PageTitle title={`${title}（${STEPS[step]}）`}>{title}</PageTitle>
      <nav aria-label="申請の手順">
        <ol className="steps">
          {STEPS.map((label, i) => (
            <li key={label} aria-current={i === step ? 'step' : undefined}>
              {label}
            </li>
          ))}
        </ol>
      </nav>
      <h2>{STEPS[step]}</h2>
      {failure && <Notice kind="error">{failure}</Notice>}
      <form onSubmit={next} noValidate>
        {step === 0 && (
          <KindStep
            {...stepProps}
            categories={categories.data}
            categoryLocked={Boolean(correcting)}
            onCategory={chooseCategory}
          />
        )}
        {step === 1 && <DetailsStep {...stepProps} />}
        {step === 2 && <PlaceStep {...stepProps} />}
        {step === 3 && <PeriodStep {...stepProps} />}
        {step === 4 && <AttachmentsStep {...stepProps} />}
        {step === 5 && category && (
          <>
            <ApplicationSummary application={inputOf(draft, category)} category={category} />
            <h3>添付書類</h3>
            <ul>
              {category.requiredAttachments.map((kind) => (
                <li key={kind}>
                  {kind}：{draft.files[kind]?.name ?? '未選択（後から添付できます）'}
                </li>
              ))}
            </ul>
          </>
        )}
        {step >= 1 && <FeeQuotePanel request={quoteRequest(draft, category)} />}
        <div className="actions">
          {step > 0 && (
            <button type="button" className="button button--secondary" onClick={() => setStep(step - 1)}>
              戻る
            </button>
          )}
          {step < STEPS.length - 1 ? (
            <button type="submit" className="button">
              次へ
            </button>
          ) : (
            <button type="button" className="button" disabled={busy} onClick={() => void submit()}>
              {correcting ? '補正して再提出する' : '申請する'}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
