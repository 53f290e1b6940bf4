import { BudgetChange } from './budget/budget-change.entity';
import { BudgetLine } from './budget/budget-line.entity';
import { BudgetTransfer } from './budget/budget-transfer.entity';
import { CommitmentCorrection } from './commitments/commitment-correction.entity';
import { Commitment } from './commitments/commitment.entity';
import { FinanceAttachment } from './attachments/finance-attachment.entity';
import { Finance1766100000000 } from './migrations/1766100000000-finance';
import { FinanceAttachmentsBank1766200000000 } from './migrations/1766200000000-finance-attachments-bank';
import { TransferBatchRequester1766300000000 } from './migrations/1766300000000-transfer-batch-requester';
import { PaymentOrder } from './payment-orders/payment-order.entity';
import { Payee } from './payees/payee.entity';
import { DesignatedBank } from './settings/designated-bank.entity';
import { TransferBatch } from './transfers/transfer-batch.entity';

export const FINANCE_ENTITIES = [
  BudgetLine,
  BudgetChange,
  BudgetTransfer,
  Payee,
  Commitment,
  CommitmentCorrection,
  PaymentOrder,
  TransferBatch,
  FinanceAttachment,
  DesignatedBank,
];
export const FINANCE_MIGRATIONS = [
  Finance1766100000000,
  FinanceAttachmentsBank1766200000000,
  TransferBatchRequester1766300000000,
];
