import { Body, Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { AttachmentService, type AttachmentFile } from '../attachments/attachment.service';
import { MAX_UPLOAD_BYTES } from '../attachments/sanitise-upload';

export class UploadAttachmentDto {
  @ApiProperty({ description: '位置図・平面図・横断図・縦断図・求積図・構造図・写真', example: '位置図' })
  @IsString()
  @MaxLength(16)
  attachmentKind: string;
}

/** Multipart uploads; anything past the limit is cut off by multer and answered 413 in Japanese. */
const upload = FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1 } });

function send(res: Response, file: AttachmentFile): void {
  res.setHeader('Content-Type', file.mediaType);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(file.content);
}

@ApiTags('permits: attachments')
@Controller('api')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentService) {}

  @Post('portal/permits/applications/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(upload)
  @Access('portal', 'portal.use')
  uploadFile(
    @Param('id', IdPipe) id: number,
    @Body() body: UploadAttachmentDto,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.attachments.upload(id, body.attachmentKind, file, principal);
  }

  @Get('portal/permits/applications/:id/attachments/:attachmentId')
  @Access('portal', 'portal.use')
  async downloadOwn(
    @Param('id', IdPipe) id: number,
    @Param('attachmentId', IdPipe) attachmentId: number,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ) {
    send(res, await this.attachments.file(id, attachmentId, principal.userId));
  }

  @Get('permits/applications/:id/attachments/:attachmentId')
  @Access('business', 'permit.process')
  async download(
    @Param('id', IdPipe) id: number,
    @Param('attachmentId', IdPipe) attachmentId: number,
    @Res() res: Response,
  ) {
    send(res, await this.attachments.file(id, attachmentId, null));
  }
}
