import { Link } from '../../../shared/router';

/** The organisation screens link to each other from the top of each. */
export function OrgNav() {
  return (
    <nav aria-label="組織管理のメニュー">
      <p className="actions">
        <Link href="/staff/admin/org" className="button button--secondary">
          組織図
        </Link>
        <Link href="/staff/admin/org/staff" className="button button--secondary">
          職員の配置・異動・不在
        </Link>
        <Link href="/staff/admin/org/deputies" className="button button--secondary">
          代決者
        </Link>
      </p>
    </nav>
  );
}
