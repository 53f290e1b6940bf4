import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { ChecklistService } from '../review/checklist.service';
import { ConditionsService } from '../review/conditions.service';
import { FeeAssessment } from '../review/fee-assessment.service';
import { PoliceConsultationService } from '../review/police-consultation.service';
import {
  ChecklistMarkDto,
  ConditionsQuery,
  ExemptionDecisionDto,
  ExemptionRequestDto,
  FeeDistrictOverrideDto,
  PermitConditionsDto,
  PoliceConsultationDto,
} from './review.dto';

/**
 * The clerks' review of an application (LGWAN): what they decide on the case before it goes to 決裁. Each
 * answers the application's detail as the clerks' GET shows it.
 */
@ApiTags('permits: clerks')
@Controller('api/permits')
export class ReviewController {
  constructor(
    private readonly fees: FeeAssessment,
    private readonly checklist: ChecklistService,
    private readonly conditions: ConditionsService,
    private readonly police: PoliceConsultationService,
  ) {}

  /** The 級地 set by hand against the area table, with the reason (audited); the fee follows. */
  @Put('applications/:id/fee-district')
  @Access('business', 'permit.process')
  overrideDistrict(@Param('id', IdPipe) id: number, @Body() body: FeeDistrictOverrideDto) {
    return this.fees.overrideDistrict(id, body.feeDistrict, body.reason);
  }

  /** One item of the category's review checklist, checked (or unchecked) by the clerk. */
  @Put('applications/:id/checklist/:itemKey')
  @Access('business', 'permit.process')
  mark(
    @Param('id', IdPipe) id: number,
    @Param('itemKey') itemKey: string,
    @Body() body: ChecklistMarkDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.checklist.mark(id, itemKey, body.checked, body.note ?? null, principal);
  }

  /** The section's 許可条件 templates. */
  @Get('condition-templates')
  @Access('business', 'permit.process')
  templates(@Query() query: ConditionsQuery) {
    return this.conditions.templates(query.categoryCode);
  }

  /** The permit's conditions as the clerk chose and edited them (replacing earlier ones). */
  @Put('applications/:id/conditions')
  @Access('business', 'permit.process')
  setConditions(@Param('id', IdPipe) id: number, @Body() body: PermitConditionsDto) {
    return this.conditions.set(
      id,
      body.conditions.map((c) => ({ templateCode: c.templateCode ?? null, text: c.text })),
    );
  }

  /** The police's answer to the 道路使用許可協議; needed before the police step completes. */
  @Put('applications/:id/police-consultation')
  @Access('business', 'permit.process')
  recordPolice(
    @Param('id', IdPipe) id: number,
    @Body() body: PoliceConsultationDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.police.record(id, { ...body, note: body.note ?? null }, principal);
  }

  /** 減免 asked for, with its reason; the fee shows it only after the section chief's approval. */
  @Post('applications/:id/exemption')
  @HttpCode(200)
  @Access('business', 'permit.process')
  requestExemption(
    @Param('id', IdPipe) id: number,
    @Body() body: ExemptionRequestDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.fees.requestExemption(id, body.percent, body.reason, principal);
  }

  /** The section chief approves or refuses the requested 減免. */
  @Post('applications/:id/exemption/decision')
  @HttpCode(200)
  @Access('business', 'permit.process')
  decideExemption(
    @Param('id', IdPipe) id: number,
    @Body() body: ExemptionDecisionDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.fees.decideExemption(id, body.approve, body.comment ?? null, principal);
  }
}
