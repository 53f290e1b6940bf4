import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Loading, Notice, PageTitle, TextField } from '../../shared/components';
import { navigate } from '../../shared/router';
import { EMPTY_DRAFT, inputOf, quoteRequest, stepProblems } from '../../portal/apply/draft';
import { useDraft } from '../../portal/apply/useDraft';
import { DetailsStep, KindStep, PeriodStep, PlaceStep } from '../../portal/apply/steps';
import { FeeQuotePanel } from '../../portal/permits/FeeBreakdown';
import type { ApplicationView } from '../../portal/permits/types';

interface CounterApplicant {
  name: string;
  address: string;
  contact: string;
  portalUsername: string;
}

const NO_APPLICANT: CounterApplicant = { name: '', address: '', contact: '', portalUsername: '' };
const APPLICANT_LABELS = { name: '申請者の氏名・名称', address: '申請者の住所', contact: '連絡先（電話・メール）' };

/**
 * 窓口代行入力: a clerk enters a paper application for the applicant at the counter, with the same form
 * pieces and the same checks as the portal, so the case is the same as one submitted online.
 */
export function CounterEntryPage() {
  const { categories, draft, category, change, chooseCategory } = useDraft(() => EMPTY_DRAFT);
  const [applicant, setApplicant] = useState<CounterApplicant>(NO_APPLICANT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (categories.error) return <Notice kind="error">{categories.error}</Notice>;
  if (!categories.data) return <Loading />;
  const setField = (key: keyof CounterApplicant) => (e: { target: { value: string } }) =>
    setApplicant({ ...applicant, [key]: e.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = Object.assign(
      {},
      ...[0, 1, 2, 3].map((s) => stepProblems(s, draft, category)),
    );
    for (const [key, label] of Object.entries(APPLICANT_LABELS)) {
      if (!applicant[key as keyof CounterApplicant].trim())
        problems[`applicant.${key}`] = `${label}を入力してください。`;
    }
    setErrors(problems);
    setFailure(Object.keys(problems).length > 0 ? '入力内容を確認してください。' : null);
    if (!category || Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const saved = await api<ApplicationView>('POST', '/api/permits/applications', {
        body: {
          ...inputOf(draft, category),
          applicant: { ...applicant, portalUsername: applicant.portalUsername.trim() || undefined },
        },
      });
      navigate(`/staff/permits/applications/${saved.id}`);
    } catch (e) {
      if (e instanceof ApiError) setErrors(Object.fromEntries(e.fields.map((f) => [f.field, f.messages.join(' ')])));
      setFailure(messageOf(e));
      setBusy(false);
    }
  };

  const stepProps = { draft, category, change, errors };
  return (
    <>
      <PageTitle title="窓口での申請の入力">窓口での申請の入力</PageTitle>
      <p>紙で提出された申請を、申請者に代わって入力します。ポータルからの申請と同じ確認を行います。</p>
      <form onSubmit={submit} noValidate>
        <h2>申請者</h2>
        {(Object.keys(APPLICANT_LABELS) as (keyof typeof APPLICANT_LABELS)[]).map((key) => (
          <TextField
            key={key}
            label={APPLICANT_LABELS[key]}
            required
            value={applicant[key]}
            onChange={setField(key)}
            error={errors[`applicant.${key}`]}
          />
        ))}
        <TextField
          label="ポータルのアカウント（メールアドレス）"
          hint="登録済みの申請者なら、マイページで経過を確認できるようになります。"
          type="email"
          value={applicant.portalUsername}
          onChange={setField('portalUsername')}
          error={errors['applicant.portalUsername']}
        />
        <h2>種類と区分</h2>
        <KindStep {...stepProps} categories={categories.data} categoryLocked={false} onCategory={chooseCategory} />
        {category && (
          <>
            <h2>物件の内容</h2>
            <DetailsStep {...stepProps} />
          </>
        )}
        <h2>場所</h2>
        <PlaceStep {...stepProps} />
        <h2>期間</h2>
        <PeriodStep {...stepProps} />
        <FeeQuotePanel request={quoteRequest(draft, category)} />
        {failure && <Notice kind="error">{failure}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            申請を登録する
          </button>
        </div>
      </form>
    </>
  );
}
