import { Controller, HttpCode, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { MAX_UPLOAD_BYTES } from '@ringi/platform';
import { HistoricImport, type UploadedFile } from '../imports/historic-import.service';

/** At most this many scanned permits per import; a larger register is imported in parts. */
const MAX_SCANS = 200;

const upload = FileFieldsInterceptor(
  [
    { name: 'csv', maxCount: 1 },
    { name: 'files', maxCount: MAX_SCANS },
  ],
  { limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: MAX_SCANS + 1 } },
);

@ApiTags('permits: imports')
@Controller('api/permits/imports')
export class ImportsController {
  constructor(private readonly imports: HistoricImport) {}

  /**
   * 過去の許可の取込: `csv` (UTF-8 with or without BOM, or Shift_JIS) and the scanned permits as `files`, matched by
   * the CSV's PDFファイル名. Answers which rows became permits and which were left out, and why.
   */
  @Post()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(upload)
  @Access('business', 'permit.admin')
  run(
    @UploadedFiles() files: { csv?: UploadedFile[]; files?: UploadedFile[] } | undefined,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.imports.run(files?.csv?.[0], files?.files ?? [], principal);
  }
}
