import type { FieldProblem } from '@ringi/platform';
import type { ApplicationKind, ApplicationStatus } from './permit-application.entity';

/** What an application says about the permit it continues, changes, ends or takes over. */
export interface CitationInput {
  kind: ApplicationKind;
  citedPermitNumber?: string;
  currentHolderName?: string;
}

/** The cited permit as the register holds it. */
export interface CitedPermitFacts {
  status: ApplicationStatus;
  periodFrom: string;
  periodTo: string;
  holderName: string | null;
  /** The day it ended before its period (廃止, or superseded by a 変更・承継); null while it runs its course. */
  endedOn: string | null;
  /** Whether the permit is held by whoever applies (for 承継, not asked: the successor holds nothing yet). */
  heldByApplicant: boolean;
}

const KIND_LABELS: Record<ApplicationKind, string> = {
  new: '新規',
  renewal: '更新',
  change: '変更',
  end: '廃止',
  succession: '承継',
};

/** The form's own mistakes (400): a permit number only and always for kinds that act on a permit. */
export function citationProblems(input: CitationInput): FieldProblem[] {
  const cited = input.citedPermitNumber?.trim();
  const holder = input.currentHolderName?.trim();
  const problems: FieldProblem[] = [];
  if (input.kind === 'new') {
    if (cited) problems.push({ field: 'citedPermitNumber', messages: ['新規の申請では許可番号を指定しません'] });
  } else if (!cited) {
    problems.push({
      field: 'citedPermitNumber',
      messages: [`${KIND_LABELS[input.kind]}の申請には現在の許可番号（例: 港道占第12号）を入力してください`],
    });
  }
  if (input.kind === 'succession' && !holder) {
    problems.push({
      field: 'currentHolderName',
      messages: ['承継の申請には現在の占用者の氏名・名称を入力してください'],
    });
  } else if (input.kind !== 'succession' && holder) {
    problems.push({ field: 'currentHolderName', messages: ['現在の占用者は承継の申請でだけ入力します'] });
  }
  return problems;
}

/**
 * Why the cited permit cannot carry this application (422), or null when it can. The permit must be 許可 and
 * held by the applicant; for 承継 the successor applies, so the holder's name as the permit gives it stands in
 * for ownership. The period decides what is still possible on `today`:
 * - 更新 only up to the last day of the period: an expired permit has nothing left to renew, it takes a 新規;
 * - 廃止 only while the permit is in force (from its first to its last day): before it starts there is no
 *   occupation to end (the applicant withdraws instead), after it the occupation ended with the period;
 * - 変更 and 承継 up to the last day of the period, as a permit not yet in force can still be changed or passed on.
 */
export function citationRefusal(
  kind: ApplicationKind,
  permit: CitedPermitFacts | null,
  today: string,
  currentHolderName?: string,
): string | null {
  if (kind === 'new') return null;
  if (!permit) return 'その許可番号の許可はありません。許可書の番号を確かめてください。';
  if (permit.status !== 'permitted') return 'その許可番号の申請は許可されていません（取下げ・不許可・廃止済み）。';
  if (permit.endedOn !== null) {
    return `その許可は${permit.endedOn}に廃止され、または変更・承継の許可に引き継がれて、効力がありません。`;
  }
  if (kind === 'succession') {
    if (normalised(permit.holderName) !== normalised(currentHolderName)) {
      return '現在の占用者が許可書の占用者と一致しません。許可書のとおりに入力してください。';
    }
  } else if (!permit.heldByApplicant) {
    return 'その許可はあなたの許可ではありません。ご自身の許可の番号を入力してください。';
  }
  if (today > permit.periodTo) {
    return `その許可の占用期間は${permit.periodTo}に満了しています。${kind === 'renewal' ? '新規の申請をしてください。' : ''}`;
  }
  if (kind === 'end' && today < permit.periodFrom) {
    return `その許可の占用期間は${permit.periodFrom}からです。始まる前の許可は廃止できません。`;
  }
  return null;
}

/** 更新 continues the old permit: its period starts after the old one ends, so no day is permitted twice. */
export function renewalPeriodProblem(oldPeriodTo: string, periodFrom: string): string | null {
  return periodFrom > oldPeriodTo
    ? null
    : `更新の占用期間は現在の許可の終期（${oldPeriodTo}）の翌日以後から始めてください。`;
}

function normalised(name: string | null | undefined): string {
  return (name ?? '').normalize('NFKC').replace(/\s+/g, '');
}
