import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@ringi/auth';
import { Clock, NotFoundError, Transactions, UnprocessableError } from '@ringi/platform';
import { DelegationTable } from './delegation-table.entity';
import { decidingPositionFor, delegationTableProblems, type DelegationRule } from './delegated-authority';

export interface DelegationTableView {
  tableKey: string;
  version: number;
  name: string;
  active: boolean;
  createdAt: Date;
  rules: DelegationRule[];
}

function view(row: DelegationTable): DelegationTableView {
  return {
    tableKey: row.tableKey,
    version: row.version,
    name: row.name,
    active: row.active,
    createdAt: row.createdAt,
    rules: JSON.parse(row.rules) as DelegationRule[],
  };
}

/** Versioned 専決 tables that workflow admins edit; `decider(TABLE)` reads the active version. */
@Injectable()
export class DelegationTableService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  list(): Promise<DelegationTableView[]> {
    return this.transactions.run(async (em) =>
      (await em.find(DelegationTable, { where: { active: true }, order: { tableKey: 'ASC' } })).map(view),
    );
  }

  versions(tableKey: string): Promise<DelegationTableView[]> {
    return this.transactions.run(async (em) => {
      const rows = await em.find(DelegationTable, { where: { tableKey }, order: { version: 'DESC' } });
      if (rows.length === 0) throw new NotFoundError(`専決表「${tableKey}」はありません。`);
      return rows.map(view);
    });
  }

  async active(tableKey: string): Promise<DelegationTableView> {
    const row = await this.transactions.run((em) => em.findOneBy(DelegationTable, { tableKey, active: true }));
    if (!row) throw new NotFoundError(`専決表「${tableKey}」はありません。`);
    return view(row);
  }

  /** The deciding position for a matter under the active version of a table. */
  async decidingPosition(tableKey: string, businessType: string, amount: number): Promise<string> {
    const table = await this.active(tableKey);
    const position = decidingPositionFor(table.rules, businessType, amount);
    if (!position) {
      throw new UnprocessableError(`専決表「${tableKey}」に業務種別「${businessType}」の定めがありません。`);
    }
    return position;
  }

  /** Stores version N+1 and makes it the one in force; the previous versions stay for the record. */
  async publish(
    tableKey: string,
    name: string,
    rules: DelegationRule[],
    actorUserId: number | null,
  ): Promise<DelegationTableView> {
    const problems = delegationTableProblems(rules);
    if (problems.length > 0) {
      throw new UnprocessableError(
        '専決表に問題があります。',
        problems.map((p) => ({ field: p.rule === null ? 'rules' : `rules.${p.rule}`, messages: [p.message] })),
      );
    }
    return this.transactions.run(async (em) => {
      const existing = await em.find(DelegationTable, {
        where: { tableKey },
        order: { version: 'DESC' },
        ...this.transactions.lock,
      });
      const version = (existing[0]?.version ?? 0) + 1;
      await em.update(DelegationTable, { tableKey }, { active: false });
      const row = em.create(DelegationTable, {
        tableKey,
        version,
        name,
        rules: JSON.stringify(rules),
        active: true,
        createdByUserId: actorUserId,
        createdAt: this.clock.now(),
      });
      await em.insert(DelegationTable, row);
      await this.audit.record({
        action: 'workflow.delegation-table.published',
        targetType: 'delegation-table',
        targetId: `${tableKey}:v${version}`,
        capacity: 'admin',
        detail: { rules: rules.length, name },
      });
      return view(row);
    });
  }
}
