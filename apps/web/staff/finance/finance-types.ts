// The finance API's answers, as the screens read them.
import type { PaymentDeadline } from '../../../../libs/finance/src/domain/payment-deadline';
import type { HistoryLine } from '../types';

export interface LineBalance {
  budget: number;
  reserved: number;
  committed: number;
  paid: number;
  unpaid: number;
  available: number;
}

export interface BudgetLine {
  id: number;
  fiscalYear: number;
  unitId: number;
  unitName: string;
  code: string;
  kan: string;
  kou: string;
  moku: string;
  setsu: string;
  balance: LineBalance;
}

export interface Payee {
  id: number;
  name: string;
  address: string;
  bankNameKana: string;
  branchNameKana: string;
}

export interface Attachment {
  id: number;
  attachmentKind: string;
  version: number;
  fileName: string;
  size: number;
  addedAfterDecision: boolean;
  createdAt: string;
}

export interface Route {
  id: number;
  status: string;
  businessKey: string;
  openTasks: { id: number; name: string | null; elementId: string; assigneeLabel: string }[];
  history: HistoryLine[];
}

export interface Commitment {
  id: number;
  budgetLineId: number;
  payeeId: number;
  kind: string;
  amount: number;
  description: string;
  status: string;
  instanceId: number | null;
  drafterUserId: number;
  createdAt: string;
  decidedAt: string | null;
}

export interface CommitmentDetail extends Commitment {
  ordered: number;
  remaining: number;
  lineBalance: LineBalance;
  route: Route | null;
  attachments: Attachment[];
}

export interface Routing {
  decidingPosition: string;
  positionName: string;
  decider: string | null;
}

export interface PaymentOrder {
  id: number;
  commitmentId: number;
  kind: string;
  amount: number;
  invoiceDate: string;
  dueDate: string;
  status: string;
  instanceId: number | null;
  sentBackReason: string | null;
  createdByUserId: number;
  paymentDeadline: PaymentDeadline;
  commitment: { id: number; kind: string; amount: number; description: string; budgetLineId: number };
  payee: { id: number; name: string; bankNameKana: string; branchNameKana: string; accountNumber: string };
}

export interface PaymentOrderDetail extends PaymentOrder {
  route: Route | null;
  attachments: Attachment[];
}

export interface TransferBatch {
  id: number;
  transferDate: string;
  count: number;
  total: number;
  createdAt: string;
}

export interface SectionReport {
  unitId: number;
  unitName: string;
  totals: LineBalance;
  lines: BudgetLine[];
}
