import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe, MAX_UPLOAD_BYTES, sendFile } from '@ringi/platform';
import { AttachmentService } from '../attachments/attachment.service';
import { DocumentDispatch } from '../dispatch/document-dispatch.service';
import { DocumentService } from '../documents/document.service';
import { DocumentPdfService, type PdfFile } from '../pdf/document-pdf.service';
import { SignatureVerification } from '../pdf/signature-verification.service';
import { DocumentSearch } from '../search/document-search.service';
import {
  AddAttachmentDto,
  CirculateDto,
  CreateDraftDto,
  DispatchDto,
  RegisterReceivedDto,
  RoutePlanDto,
  SearchQuery,
  UpdateDraftDto,
  WithdrawDocumentDto,
} from './documents.dto';

/** Multipart uploads; anything past the limit is cut off by multer and answered 413 in Japanese. */
const upload = FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1 } });

function sendPdf(res: Response, file: PdfFile): void {
  sendFile(res, { ...file, mediaType: 'application/pdf' });
}

@ApiTags('documents')
@Controller('api/documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentService,
    private readonly attachments: AttachmentService,
    private readonly searching: DocumentSearch,
    private readonly dispatching: DocumentDispatch,
    private readonly pdfs: DocumentPdfService,
    private readonly signatures: SignatureVerification,
  ) {}

  /** Search by number, title, section, dates and full text; 非公開 documents only where the caller may read them. */
  @Get()
  @Access('business', 'documents.read')
  search(@Query() query: SearchQuery, @CurrentPrincipal() me: Principal) {
    return this.searching.search({ ...query, mine: query.mine === 'true' }, me);
  }

  /** The route a draft with these settings would take from the caller: shown before sending. */
  @Post('route-plan')
  @Access('business', 'documents.use')
  planRoute(@Body() body: RoutePlanDto, @CurrentPrincipal() me: Principal) {
    return this.documents.planRoute(
      {
        decisionClass: body.decisionClass ?? 'document-routine',
        consultUnits: body.consultUnits ?? [],
        viewers: body.viewers ?? [],
      },
      me,
    );
  }

  @Post('drafts')
  @Access('business', 'documents.use')
  createDraft(@Body() body: CreateDraftDto, @CurrentPrincipal() me: Principal) {
    return this.documents.createDraft(body, me);
  }

  @Patch('drafts/:id')
  @Access('business', 'documents.use')
  updateDraft(@Param('id', IdPipe) id: number, @Body() body: UpdateDraftDto, @CurrentPrincipal() me: Principal) {
    return this.documents.updateDraft(id, body, me);
  }

  @Get(':id/route-plan')
  @Access('business', 'documents.use')
  previewRoute(@Param('id', IdPipe) id: number, @CurrentPrincipal() me: Principal) {
    return this.documents.previewRoute(id, me);
  }

  @Post('drafts/:id/submit')
  @Access('business', 'documents.use')
  submit(@Param('id', IdPipe) id: number, @CurrentPrincipal() me: Principal) {
    return this.documents.submit(id, me);
  }

  @Post(':id/withdraw')
  @Access('business', 'documents.use')
  withdraw(@Param('id', IdPipe) id: number, @Body() body: WithdrawDocumentDto, @CurrentPrincipal() me: Principal) {
    return this.documents.withdraw(id, body.comment ?? null, me);
  }

  @Post('drafts/:id/dispatch')
  @Access('business', 'documents.use')
  dispatch(@Param('id', IdPipe) id: number, @Body() body: DispatchDto, @CurrentPrincipal() me: Principal) {
    return this.dispatching.dispatch(id, body.method, body.note ?? null, me);
  }

  /** Verifies the signatures of a PDF (multipart field `file`), trusting the city's certificate. */
  @Post('verify-signature')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(upload)
  @Access('business', 'documents.read')
  verifySignature(@UploadedFile() file: { buffer: Buffer } | undefined) {
    return this.signatures.verify(file?.buffer);
  }

  @Post('received')
  @Access('business', 'documents.use')
  registerReceived(@Body() body: RegisterReceivedDto, @CurrentPrincipal() me: Principal) {
    return this.documents.registerReceived(body, me);
  }

  @Post('received/:id/circulate')
  @Access('business', 'documents.use')
  circulate(@Param('id', IdPipe) id: number, @Body() body: CirculateDto, @CurrentPrincipal() me: Principal) {
    return this.documents.submit(id, me, body.viewers);
  }

  @Get(':id')
  @Access('business', 'documents.read')
  get(@Param('id', IdPipe) id: number, @CurrentPrincipal() me: Principal) {
    return this.documents.get(id, me);
  }

  /** The decided document with its 決裁欄 as a PDF (read as the document is; audited). */
  @Get(':id/pdf')
  @Access('business', 'documents.read')
  async pdf(@Param('id', IdPipe) id: number, @CurrentPrincipal() me: Principal, @Res() res: Response) {
    sendPdf(res, await this.pdfs.decided(id, me));
  }

  /** The signed PDF that went out on an electronic 施行. */
  @Get(':id/dispatched-pdf')
  @Access('business', 'documents.read')
  async dispatchedPdf(@Param('id', IdPipe) id: number, @CurrentPrincipal() me: Principal, @Res() res: Response) {
    sendPdf(res, await this.pdfs.dispatched(id, me));
  }

  @Post(':id/attachments')
  @Access('business', 'documents.use')
  addAttachment(@Param('id', IdPipe) id: number, @Body() body: AddAttachmentDto, @CurrentPrincipal() me: Principal) {
    return this.attachments.add(
      id,
      { name: body.name, mediaType: body.mediaType, content: Buffer.from(body.contentBase64, 'base64') },
      me,
    );
  }

  @Get(':id/attachments/:attachmentId/content')
  @Access('business', 'documents.read')
  async attachmentContent(
    @Param('id', IdPipe) id: number,
    @Param('attachmentId', IdPipe) attachmentId: number,
    @CurrentPrincipal() me: Principal,
    @Res() res: Response,
  ) {
    const { attachment, content } = await this.attachments.content(id, attachmentId, me);
    sendFile(res, { fileName: attachment.name, mediaType: attachment.mediaType, content });
  }
}
