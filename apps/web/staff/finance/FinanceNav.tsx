import { Link } from '../../shared/router';
import { useSession } from '../session';

/** The finance screens' own menu; the 会計室's screens only for those who examine. */
export function FinanceNav() {
  const { me } = useSession();
  const examines = me?.permissions.includes('finance.examine');
  return (
    <nav aria-label="財務のメニュー" className="filters">
      <Link href="/staff/finance">予算の残額</Link>
      <Link href="/staff/finance/commitments/new">支出負担行為の起案</Link>
      <Link href="/staff/finance/commitments">支出負担行為の一覧</Link>
      <Link href="/staff/finance/payment-orders">支出命令の一覧</Link>
      {examines && <Link href="/staff/finance/examination">会計室審査</Link>}
      {examines && <Link href="/staff/finance/transfers">振込データ</Link>}
      <Link href="/staff/finance/reports/budget-execution">予算執行状況</Link>
    </nav>
  );
}
