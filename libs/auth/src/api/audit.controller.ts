import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { csvContentType, toCsv, type CsvColumn } from '@ringi/platform';
import { Access } from '../access/access.decorator';
import { AuditTrail } from '../audit/audit-trail.service';
import { AuditQueryService, type AuditEventView } from '../audit/audit-query.service';
import { AuditExportQuery, AuditPageQuery } from './audit.dto';

const EXPORT_LIMIT = 100_000;

const COLUMNS: CsvColumn<AuditEventView>[] = [
  { header: '連番', value: (e) => e.seq },
  { header: '日時', value: (e) => e.at },
  { header: '利用者ID', value: (e) => e.actorUserId },
  { header: '利用者', value: (e) => e.actorName },
  { header: '立場', value: (e) => e.capacity },
  { header: '操作', value: (e) => e.action },
  { header: '対象種別', value: (e) => e.targetType },
  { header: '対象ID', value: (e) => e.targetId },
  { header: '接続系', value: (e) => e.zone },
  { header: '端末アドレス', value: (e) => e.clientAddress },
  { header: '結果', value: (e) => e.outcome },
  { header: '詳細', value: (e) => (e.detail ? JSON.stringify(e.detail) : '') },
  { header: 'ハッシュ', value: (e) => e.hash },
];

@ApiTags('audit')
@Controller('api/audit')
export class AuditController {
  constructor(
    private readonly trail: AuditTrail,
    private readonly query: AuditQueryService,
  ) {}

  @Get('events')
  @Access('audit', 'audit.read')
  events(@Query() q: AuditPageQuery) {
    const { page = 1, pageSize = 50, ...filter } = q;
    return this.query.page(filter, page, pageSize);
  }

  @Get('events.csv')
  @Access('audit', 'audit.read')
  async exportCsv(@Query() q: AuditExportQuery, @Res() res: Response) {
    const { encoding = 'utf-8', ...filter } = q;
    const rows = await this.query.all(filter, EXPORT_LIMIT);
    await this.trail.record({ action: 'audit.exported', targetType: 'audit', detail: { filter, rows: rows.length } });
    res.setHeader('Content-Type', csvContentType(encoding));
    res.setHeader('Content-Disposition', 'attachment; filename="audit-trail.csv"');
    res.send(toCsv(rows, COLUMNS, encoding));
  }

  @Get('verify')
  @Access('audit', 'audit.read')
  async verify() {
    const result = await this.trail.verify();
    await this.trail.record({
      action: 'audit.verified',
      targetType: 'audit',
      outcome: result.ok ? 'success' : 'failure',
      detail: { ...result },
    });
    return result;
  }
}
