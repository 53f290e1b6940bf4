import { PageTitle } from '../../shared/components';
import { matchPath } from '../../shared/router';
import { BudgetExecutionPage } from './BudgetExecutionPage';
import { BudgetLinesPage } from './BudgetLinesPage';
import { BudgetTransferPage } from './BudgetTransferPage';
import { CommitmentsPage, PaymentOrdersPage } from './CaseListPages';
import { CommitmentPage } from './CommitmentPage';
import { ExaminationPage } from './ExaminationPage';
import { NewCommitmentPage } from './NewCommitmentPage';
import { PaymentOrderForm } from './PaymentOrderForm';
import { PaymentOrderPage } from './PaymentOrderPage';
import { TransfersPage } from './TransfersPage';

/** The finance screens, routed below their module's base path (the workflow's business links point here). */
export default function FinanceRoutes({ pathname }: { pathname: string }) {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/staff/finance') return <BudgetLinesPage />;
  if (path === '/staff/finance/commitments') return <CommitmentsPage />;
  if (path === '/staff/finance/commitments/new') return <NewCommitmentPage />;
  const commitment = matchPath('/staff/finance/commitments/:id', path);
  if (commitment && /^\d+$/.test(commitment.id))
    return <CommitmentPage key={commitment.id} id={Number(commitment.id)} />;
  const newOrder = matchPath('/staff/finance/commitments/:id/payment-orders/new', path);
  if (newOrder && /^\d+$/.test(newOrder.id)) return <PaymentOrderForm commitmentId={Number(newOrder.id)} />;
  if (path === '/staff/finance/payment-orders') return <PaymentOrdersPage />;
  const order = matchPath('/staff/finance/payment-orders/:id', path);
  if (order && /^\d+$/.test(order.id)) return <PaymentOrderPage key={order.id} id={Number(order.id)} />;
  const transfer = matchPath('/staff/finance/budget-transfers/:id', path);
  if (transfer && /^\d+$/.test(transfer.id)) return <BudgetTransferPage id={Number(transfer.id)} />;
  if (path === '/staff/finance/examination') return <ExaminationPage />;
  if (path === '/staff/finance/transfers') return <TransfersPage />;
  if (path === '/staff/finance/reports/budget-execution') return <BudgetExecutionPage />;
  return <PageTitle title="ページが見つかりません">ページが見つかりません: {pathname}</PageTitle>;
}
