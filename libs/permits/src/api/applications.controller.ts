import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, PublicAccess, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { ApplicationService } from '../applications/application.service';
import { CategoryService } from '../categories/category.service';
import { ApplicationsQuery, SubmitApplicationDto } from './applications.dto';

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
}

/** The clerks' side (LGWAN): the applications as submitted, no re-keying. */
@ApiTags('permits: clerks')
@Controller('api/permits/applications')
export class ClerkApplicationsController {
  constructor(private readonly applications: ApplicationService) {}

  @Get()
  @Access('business', 'permit.process')
  list(@Query() query: ApplicationsQuery) {
    return this.applications.list(query.status);
  }

  @Get(':id')
  @Access('business', 'permit.process')
  one(@Param('id', IdPipe) id: number) {
    return this.applications.byId(id);
  }
}
