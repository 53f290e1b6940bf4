import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { DefinitionStoreService } from '../definition-store.service';
import { DeployQuery } from './definitions.dto';
import { ProcessKeyPipe } from './process-key.pipe';

/** The media types express.text turns into a string body for this route. */
const XML_MEDIA_TYPES = ['application/xml', 'text/xml'];

@ApiTags('workflow: definitions')
@Controller('api/workflow/definitions')
export class DefinitionsController {
  constructor(private readonly definitions: DefinitionStoreService) {}

  /** Deploys BPMN 2.0 XML (Content-Type application/xml or text/xml) as the next version of its process. */
  @Post()
  @Access('admin', 'workflow.admin')
  @ApiConsumes(...XML_MEDIA_TYPES)
  @ApiBody({ description: 'BPMN 2.0 XML', schema: { type: 'string' } })
  deploy(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Query() query: DeployQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ) {
    const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!XML_MEDIA_TYPES.includes(mediaType)) {
      res.setHeader('Accept-Post', XML_MEDIA_TYPES.join(', '));
      throw new UnsupportedMediaTypeException();
    }
    return this.definitions.deploy(body, principal, { activate: query.activate });
  }

  /** Every process key with its latest and active version. */
  @Get()
  @Access('business', 'workflow.use')
  list() {
    return this.definitions.list();
  }

  @Get(':processKey/versions')
  @Access('business', 'workflow.use')
  versions(@Param('processKey', ProcessKeyPipe) processKey: string) {
    return this.definitions.versions(processKey);
  }

  /** The XML of a version as deployed. */
  @Get(':processKey/versions/:version/xml')
  @Access('business', 'workflow.use')
  @ApiProduces('application/xml')
  async xml(
    @Param('processKey', ProcessKeyPipe) processKey: string,
    @Param('version', IdPipe) version: number,
    @Res({ passthrough: true }) res: Response,
  ) {
    const xml = await this.definitions.xml(processKey, version);
    // Set here, not with @Header, so an error on the way still answers as JSON.
    res.setHeader('Content-Type', 'application/xml; charset=utf-8');
    // A download, never a page: the stored XML is uploaded content.
    res.setHeader(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(`${processKey}-v${version}.bpmn`)}`,
    );
    return xml;
  }

  /** Makes a version the one new instances start on; running instances keep their version. */
  @Post(':processKey/versions/:version/activate')
  @HttpCode(200)
  @Access('admin', 'workflow.admin')
  activate(
    @Param('processKey', ProcessKeyPipe) processKey: string,
    @Param('version', IdPipe) version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.definitions.activate(processKey, version, principal);
  }
}
