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
import { ReportQuery } from './finance.dto';

function answer<T>(res: Response, q: ReportQuery, name: string, rows: T[], columns: CsvColumn<T>[]): void {
  if (q.format !== 'csv') {
    res.json(rows);
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

  /** 予算執行状況 by section and line; `format=csv` for Excel. */
  @Get('budget-execution')
  @Access('business', 'finance.use')
  async budgetExecution(@Query() q: ReportQuery, @Res() res: Response) {
    const rows = await this.reports.budgetExecution({ fiscalYear: q.fiscalYear, unitId: q.unitId });
    answer(res, q, 'budget-execution', rows, BUDGET_EXECUTION_COLUMNS);
  }

  /** Commitments and payments per payee. */
  @Get('payees')
  @Access('business', 'finance.use')
  async payees(@Query() q: ReportQuery, @Res() res: Response) {
    answer(res, q, 'payees', await this.reports.payeeTotals(q.fiscalYear), PAYEE_TOTAL_COLUMNS);
  }
}
