import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe, csvContentType } from '@ringi/platform';
import { DisposalService } from '../disposal/disposal.service';
import { FilePlanService } from '../file-plan/file-plan.service';
import { RecordFileExport } from '../file-plan/record-file-export';
import { DocumentSettings } from '../settings/document-settings.service';
import { TemplateService } from '../templates/template.service';
import { NumberingSettingDto } from './documents.dto';
import {
  CompleteRecordFileDto,
  CreateCategoryDto,
  CreateRecordFileDto,
  CreateTemplateDto,
  ExportQuery,
  RecordFileQuery,
  RequestDisposalDto,
  RetentionRunQuery,
  TemplateQuery,
} from './file-plan.dto';

/** The file plan, retention and disposal (the records section's work), templates and the numbering setting. */
@ApiTags('documents: records')
@Controller('api/documents')
export class RecordsController {
  constructor(
    private readonly filePlan: FilePlanService,
    private readonly disposals: DisposalService,
    private readonly templates: TemplateService,
    private readonly settings: DocumentSettings,
    private readonly exports: RecordFileExport,
  ) {}

  @Get('file-plan/categories')
  @Access('business', 'documents.read')
  categories() {
    return this.filePlan.categories();
  }

  @Post('file-plan/categories')
  @Access('business', 'documents.records')
  createCategory(@Body() body: CreateCategoryDto) {
    return this.filePlan.createCategory(body);
  }

  @Get('file-plan/record-files')
  @Access('business', 'documents.read')
  recordFiles(@Query() query: RecordFileQuery) {
    return this.filePlan.recordFiles(query);
  }

  @Post('file-plan/record-files')
  @Access('business', 'documents.records')
  createRecordFile(@Body() body: CreateRecordFileDto) {
    return this.filePlan.createRecordFile(body);
  }

  @Post('file-plan/record-files/:id/complete')
  @Access('business', 'documents.records')
  complete(@Param('id', IdPipe) id: number, @Body() body: CompleteRecordFileDto) {
    return this.filePlan.complete(id, body.completedOn);
  }

  /** The metadata of the file's documents as CSV (情報公開); `?encoding=shift_jis` for older Excel. */
  @Get('file-plan/record-files/:id/export.csv')
  @Access('business', 'documents.records')
  async exportCsv(@Param('id', IdPipe) id: number, @Query() query: ExportQuery, @Res() res: Response) {
    const encoding = query.encoding ?? 'utf-8';
    const { csv } = await this.exports.csv(id, encoding);
    res.setHeader('Content-Type', csvContentType(encoding));
    res.setHeader('Content-Disposition', `attachment; filename="record-file-${id}.csv"`);
    res.send(csv);
  }

  /**
   * The record file for 情報公開 as ZIP: 目録.csv (the metadata, and where each document's files are) and per
   * document its decided PDF, attachments and signed 施行 copy.
   */
  @Get('file-plan/record-files/:id/export.zip')
  @Access('business', 'documents.records')
  async exportZip(@Param('id', IdPipe) id: number, @CurrentPrincipal() me: Principal, @Res() res: Response) {
    const { file, zip } = await this.exports.zip(id, me);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="record-file-${id}.zip"; filename*=UTF-8''${encodeURIComponent(`${file.title}.zip`)}`,
    );
    res.send(zip);
  }

  /** The yearly retention run: record files whose retention has ended (never permanent ones). */
  @Get('retention/ended')
  @Access('business', 'documents.records')
  async retentionEnded(@Query() query: RetentionRunQuery) {
    await this.disposals.removeContent();
    return this.filePlan.retentionEnded(query.on);
  }

  /** 廃棄 or 移管 (the file's end action) of a file whose retention ended, put up for its own approval. */
  @Post('file-plan/record-files/:id/disposal')
  @Access('business', 'documents.records')
  requestDisposal(
    @Param('id', IdPipe) id: number,
    @Body() body: RequestDisposalDto,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.disposals.request(id, body.reason, me);
  }

  @Get('disposals/:id')
  @Access('business', 'documents.records')
  disposal(@Param('id', IdPipe) id: number) {
    return this.disposals.get(id);
  }

  /** The templates the caller may draft from; `includeRetired=true` adds retired ones (the maintenance screen). */
  @Get('templates')
  @Access('business', 'documents.use')
  availableTemplates(@Query() query: TemplateQuery, @CurrentPrincipal() me: Principal) {
    return this.templates.available(me, { includeRetired: query.includeRetired === 'true' });
  }

  @Post('templates')
  @Access('business', 'documents.use')
  createTemplate(@Body() body: CreateTemplateDto, @CurrentPrincipal() me: Principal) {
    return this.templates.create(body, me);
  }

  /** Edit a template of the caller's section (any, for the records section). */
  @Put('templates/:id')
  @Access('business', 'documents.use')
  updateTemplate(@Param('id', IdPipe) id: number, @Body() body: CreateTemplateDto, @CurrentPrincipal() me: Principal) {
    return this.templates.update(id, body, me);
  }

  /** 廃止: no longer offered for new drafts. */
  @Post('templates/:id/retire')
  @Access('business', 'documents.use')
  retireTemplate(@Param('id', IdPipe) id: number, @CurrentPrincipal() me: Principal) {
    return this.templates.retire(id, me);
  }

  @Get('settings')
  @Access('business', 'documents.read')
  getSettings() {
    return this.settings.get();
  }

  @Put('settings/numbering')
  @Access('business', 'documents.records')
  setNumbering(@Body() body: NumberingSettingDto) {
    return this.settings.setNumberingAt(body.numberingAt);
  }
}
