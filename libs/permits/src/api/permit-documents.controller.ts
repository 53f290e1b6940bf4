import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe, sendFile } from '@ringi/platform';
import { PermitPdfService } from '../permit-pdf/permit-pdf.service';

const PDF = 'application/pdf';

/** The signed 道路占用許可書: the holder downloads their own on the portal, clerks any on LGWAN. */
@ApiTags('permits: documents')
@Controller('api')
export class PermitDocumentsController {
  constructor(private readonly permits: PermitPdfService) {}

  @Get('portal/permits/applications/:id/permit.pdf')
  @ApiProduces(PDF)
  @Access('portal', 'portal.use')
  async ownPermit(@Param('id', IdPipe) id: number, @CurrentPrincipal() principal: Principal, @Res() res: Response) {
    sendFile(res, { ...(await this.permits.permitOf(id, principal.userId)), mediaType: PDF });
  }

  @Get('permits/applications/:id/permit.pdf')
  @ApiProduces(PDF)
  @Access('business', 'permit.process')
  async permit(@Param('id', IdPipe) id: number, @Res() res: Response) {
    sendFile(res, { ...(await this.permits.permitOf(id, null)), mediaType: PDF });
  }
}
