import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditTrail } from '@ringi/auth';
import { Clock, NotFoundError, RowCache, Transactions, UnprocessableError } from '@ringi/platform';
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

/** How long another API process may go on resolving deciders by the version that was active before. */
const ACTIVE_TABLE_TTL_MS = 10_000;

/** Versioned 専決 tables that workflow admins edit; `decider(TABLE)` reads the active version. */
@Injectable()
export class DelegationTableService {
  /** The active version by table key: every decider(…) task asks, and publishing is rare. */
  private readonly activeTables: RowCache<string, DelegationTableView>;

  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    dataSource: DataSource,
  ) {
    this.activeTables = new RowCache(dataSource, new Set([dataSource.getMetadata(DelegationTable).tableName]), {
      ttlMs: ACTIVE_TABLE_TTL_MS,
      maxEntries: 100,
    });
  }

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
    // One SELECT at most (none when cached): no transaction of its own.
    const table = await this.transactions.read((em) => this.activeIn(em, tableKey));
    if (!table) throw new NotFoundError(`専決表「${tableKey}」はありません。`);
    return table;
  }

  /** The active version as the transaction of `em` sees it (shared: callers must not change it), or null. */
  activeIn(em: EntityManager, tableKey: string): Promise<DelegationTableView | null> {
    return this.activeTables.get(
      tableKey,
      async () => {
        const row = await em.findOneBy(DelegationTable, { tableKey, active: true });
        return row && view(row);
      },
      em.queryRunner,
    );
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
