import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '@ringi/auth';
import { csvContentType, toCsv, type CsvColumn } from '@ringi/platform';
import {
  BUDGET_EXECUTION_COLUMNS,
  FinanceReportsService,
  PAYEE_TOTAL_COLUMNS,
} from '../reports/finance-reports.service';
import { groupBySection } from '../domain/section-totals';
import { ReportQuery } from './finance.dto';

/** CSV of the rows for Excel, or the JSON the screens read. */
function answer<T>(res: Response, q: ReportQuery, name: string, rows: T[], columns: CsvColumn<T>[], json: unknown) {
  if (q.format !== 'csv') {
    res.json(json);
    return;
  }
  const encoding = q.encoding ?? 'utf-8';
  res.setHeader('Content-Type', csvContentType(encoding));
  res.setHeader('Content-Disposition', `attachment; filename="${name}-${q.fiscalYear}.csv"`);
  res.send(toCsv(rows, columns, encoding));
}

@ApiTags('finance: reports')
@Controller('api/finance/reports')
export class ReportsController {
  constructor(private readonly reports: FinanceReportsService) {}

  /** 予算執行状況: sections with their totals and lines; `format=csv` for Excel, one row per line. */
  @Get('budget-execution')
  @Access('business', 'finance.use')
  async budgetExecution(@Query() q: ReportQuery, @Res() res: Response) {
    const rows = await this.reports.budgetExecution({ fiscalYear: q.fiscalYear, unitId: q.unitId });
    answer(res, q, 'budget-execution', rows, BUDGET_EXECUTION_COLUMNS, { sections: groupBySection(rows) });
  }

  /** Commitments and payments per payee. */
  @Get('payees')
  @Access('business', 'finance.use')
  async payees(@Query() q: ReportQuery, @Res() res: Response) {
    const rows = await this.reports.payeeTotals(q.fiscalYear);
    answer(res, q, 'payees', rows, PAYEE_TOTAL_COLUMNS, rows);
  }
}
