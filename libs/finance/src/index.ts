export { FinanceModule } from './finance.module';
export { FINANCE_ENTITIES, FINANCE_MIGRATIONS } from './finance.schema';
export { BudgetLine } from './budget/budget-line.entity';
export { BudgetChange } from './budget/budget-change.entity';
export { Payee } from './payees/payee.entity';
export { Commitment } from './commitments/commitment.entity';
export { PaymentOrder } from './payment-orders/payment-order.entity';
export { seedFinance } from './seed/seed-finance';
export { DEMO_FINANCE, type FinanceSeed } from './seed/demo-finance';
