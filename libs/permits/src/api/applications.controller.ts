import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, PublicAccess, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { ApplicationService } from '../applications/application.service';
import { CategoryService } from '../categories/category.service';
import { ApplicationsQuery, CorrectionRequestDto, CounterEntryDto, SubmitApplicationDto } from './applications.dto';
import { CounterEntry } from '../applications/counter-entry.service';

/** The applicant portal side (internet listener): categories, submitting, my applications. */
@ApiTags('permits: portal')
@Controller('api/portal/permits')
export class PortalApplicationsController {
  constructor(
    private readonly applications: ApplicationService,
    private readonly categories: CategoryService,
  ) {}

  /** The categories and the fields, attachments and period limit of each, for the form. */
  @Get('categories')
  @PublicAccess('public')
  listCategories() {
    return this.categories.list();
  }

  @Post('applications')
  @Access('portal', 'portal.use')
  submit(@Body() body: SubmitApplicationDto, @CurrentPrincipal() principal: Principal) {
    return this.applications.submit(body, principal);
  }

  @Get('applications')
  @Access('portal', 'portal.use')
  mine(@CurrentPrincipal() principal: Principal) {
    return this.applications.mine(principal);
  }

  @Get('applications/:id')
  @Access('portal', 'portal.use')
  one(@Param('id', IdPipe) id: number, @CurrentPrincipal() principal: Principal) {
    return this.applications.mineById(id, principal);
  }

  /** 補正: the whole application again, answered online while a correction is requested. */
  @Put('applications/:id')
  @Access('portal', 'portal.use')
  correct(
    @Param('id', IdPipe) id: number,
    @Body() body: SubmitApplicationDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.applications.correct(id, body, principal);
  }
}

/** Anyone holding a permit's code can check it: genuine, and in force today or not. */
@ApiTags('permits: verification')
@Controller('api/verify')
export class PermitVerificationController {
  constructor(private readonly applications: ApplicationService) {}

  @Get(':code')
  @PublicAccess('public')
  verify(@Param('code') code: string) {
    return this.applications.verify(code.toUpperCase());
  }
}

/** The clerks' side (LGWAN): the applications as submitted, no re-keying. */
@ApiTags('permits: clerks')
@Controller('api/permits/applications')
export class ClerkApplicationsController {
  constructor(
    private readonly applications: ApplicationService,
    private readonly counter: CounterEntry,
  ) {}

  /** 窓口代行入力: a paper application entered for the applicant at the counter; audited as a proxy entry. */
  @Post()
  @Access('business', 'permit.process')
  enter(@Body() body: CounterEntryDto, @CurrentPrincipal() principal: Principal) {
    const { applicant, ...input } = body;
    return this.counter.enter(input, applicant, principal);
  }

  /** The intake queue and the register (占用台帳), searchable by place, holder, category and expiry. */
  @Get()
  @Access('business', 'permit.process')
  list(@Query() query: ApplicationsQuery) {
    return this.applications.list(query);
  }

  @Get(':id')
  @Access('business', 'permit.process')
  one(@Param('id', IdPipe) id: number) {
    return this.applications.byId(id);
  }

  /** 補正依頼 with what to correct; the applicant sees it on their my page. */
  @Post(':id/correction-request')
  @HttpCode(200)
  @Access('business', 'permit.process')
  requestCorrection(
    @Param('id', IdPipe) id: number,
    @Body() body: CorrectionRequestDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.applications.requestCorrection(id, body.message, principal);
  }
}
