import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
  type PipeTransform,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe, MAX_UPLOAD_BYTES, NotFoundError, sendFile } from '@ringi/platform';
import type { AttachmentOwner } from '../attachments/finance-attachment.entity';
import { FinanceAttachmentService } from '../attachments/finance-attachment.service';
import { UploadFinanceAttachmentDto } from './finance.dto';

/** Multipart uploads; anything past the limit is cut off by multer and answered 413 in Japanese. */
const upload = FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1 } });

const OWNERS: Record<string, AttachmentOwner> = { commitments: 'commitment', 'payment-orders': 'payment-order' };

/** The path's collection (`commitments`, `payment-orders`) as the owner of the files; anything else is 404. */
class OwnerPipe implements PipeTransform<string, AttachmentOwner> {
  transform(value: string): AttachmentOwner {
    const owner = OWNERS[value];
    if (!owner) throw new NotFoundError('添付ファイルの置き場所が見つかりません。');
    return owner;
  }
}

const ownerParam = ApiParam({ name: 'owner', enum: Object.keys(OWNERS) });

/** 見積書・契約書・請求書 of commitments (`commitments/:id/…`) and payment orders (`payment-orders/:id/…`). */
@ApiTags('finance: attachments')
@Controller('api/finance/:owner/:id/attachments')
export class FinanceAttachmentsController {
  constructor(private readonly attachments: FinanceAttachmentService) {}

  @Post()
  @ownerParam
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(upload)
  @Access('business', 'finance.use')
  add(
    @Param('owner', OwnerPipe) owner: AttachmentOwner,
    @Param('id', IdPipe) id: number,
    @Body() body: UploadFinanceAttachmentDto,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.attachments.upload(owner, id, body.attachmentKind, file, principal);
  }

  @Get()
  @ownerParam
  @Access('business', 'finance.use')
  list(
    @Param('owner', OwnerPipe) owner: AttachmentOwner,
    @Param('id', IdPipe) id: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.attachments.list(owner, id, principal);
  }

  @Get(':attachmentId')
  @ownerParam
  @Access('business', 'finance.use')
  async download(
    @Param('owner', OwnerPipe) owner: AttachmentOwner,
    @Param('id', IdPipe) id: number,
    @Param('attachmentId', IdPipe) attachmentId: number,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ) {
    sendFile(res, await this.attachments.file(owner, id, attachmentId, principal));
  }
}
