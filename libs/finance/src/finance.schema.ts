import { BudgetChange } from './budget/budget-change.entity';
import { BudgetLine } from './budget/budget-line.entity';
import { BudgetTransfer } from './budget/budget-transfer.entity';
import { CommitmentCorrection } from './commitments/commitment-correction.entity';
import { Commitment } from './commitments/commitment.entity';
import { Finance1766100000000 } from './migrations/1766100000000-finance';
import { PaymentOrder } from './payment-orders/payment-order.entity';
import { Payee } from './payees/payee.entity';
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
];
export const FINANCE_MIGRATIONS = [Finance1766100000000];
