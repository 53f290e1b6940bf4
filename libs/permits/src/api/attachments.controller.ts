import { Body, Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe, MAX_UPLOAD_BYTES, sendFile } from '@ringi/platform';
import { AttachmentService } from '../attachments/attachment.service';

export class UploadAttachmentDto {
  @ApiProperty({ description: '位置図・平面図・横断図・縦断図・求積図・構造図・写真', example: '位置図' })
  @IsString()
  @MaxLength(16)
  attachmentKind: string;
}

/** Multipart uploads; anything past the limit is cut off by multer and answered 413 in Japanese. */
const upload = FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1 } });

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
    sendFile(res, await this.attachments.file(id, attachmentId, principal.userId));
  }

  /** The drawings of a paper application, scanned at the counter by a clerk (audited as a proxy upload). */
  @Post('permits/applications/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(upload)
  @Access('business', 'permit.process')
  uploadForApplicant(
    @Param('id', IdPipe) id: number,
    @Body() body: UploadAttachmentDto,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.attachments.upload(id, body.attachmentKind, file, principal, true);
  }

  @Get('permits/applications/:id/attachments/:attachmentId')
  @Access('business', 'permit.process')
  async download(
    @Param('id', IdPipe) id: number,
    @Param('attachmentId', IdPipe) attachmentId: number,
    @Res() res: Response,
  ) {
    sendFile(res, await this.attachments.file(id, attachmentId, null));
  }
}
