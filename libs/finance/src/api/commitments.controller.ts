import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { CommitmentRoutingService } from '../commitments/commitment-routing';
import { CommitmentService } from '../commitments/commitment.service';
import {
  CommitmentCorrectionDto,
  CommitmentQuery,
  CreateCommitmentDto,
  RoutingQuery,
  UpdateCommitmentDto,
  WithdrawCommentDto,
} from './finance.dto';

@ApiTags('finance: commitments')
@Controller('api/finance/commitments')
export class CommitmentsController {
  constructor(
    private readonly commitments: CommitmentService,
    private readonly routing: CommitmentRoutingService,
  ) {}

  /** The commitments the caller may read: their section's, those on their route, all for the 会計室 and 財政課. */
  @Get()
  @Access('business', 'finance.use')
  list(@Query() { mine, ...filter }: CommitmentQuery, @CurrentPrincipal() principal: Principal) {
    return this.commitments.list({ ...filter, drafterUserId: mine ? principal.userId : undefined }, principal);
  }

  /** Who would decide a commitment of this kind and amount (専決 table), shown before it is sent. */
  @Get('routing')
  @Access('business', 'finance.use')
  preview(@Query() q: RoutingQuery, @CurrentPrincipal() principal: Principal) {
    return this.routing.preview(q.kind, q.amount, principal);
  }

  /** With its route and attachments; 404 for staff outside its section and route. */
  @Get(':id')
  @Access('business', 'finance.use')
  get(@Param('id', IdPipe) id: number, @CurrentPrincipal() principal: Principal) {
    return this.commitments.get(id, principal);
  }

  /** A draft 支出負担行為 on a line of the caller's section. */
  @Post()
  @Access('business', 'finance.use')
  create(@Body() body: CreateCommitmentDto, @CurrentPrincipal() principal: Principal) {
    return this.commitments.create(body, principal);
  }

  /** Changes a draft (drafter only); a submitted commitment is changed by 差戻し or withdrawn and drafted again. */
  @Patch(':id')
  @Access('business', 'finance.use')
  update(@Param('id', IdPipe) id: number, @Body() body: UpdateCommitmentDto, @CurrentPrincipal() principal: Principal) {
    return this.commitments.update(id, body, principal);
  }

  /** Reserves the budget and starts the approval; 422 with the balance when the line has too little left. */
  @Post(':id/submit')
  @HttpCode(200)
  @Access('business', 'finance.use')
  submit(@Param('id', IdPipe) id: number, @CurrentPrincipal() principal: Principal) {
    return this.commitments.submit(id, principal);
  }

  /** 取下げ: releases the reservation. */
  @Post(':id/withdraw')
  @HttpCode(200)
  @Access('business', 'finance.use')
  withdraw(
    @Param('id', IdPipe) id: number,
    @Body() body: WithdrawCommentDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.commitments.withdraw(id, body.comment ?? null, principal);
  }

  /** 更正 of a decided commitment's amount. */
  @Post(':id/corrections')
  @HttpCode(200)
  @Access('business', 'finance.use')
  correct(
    @Param('id', IdPipe) id: number,
    @Body() body: CommitmentCorrectionDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.commitments.correct(id, body.amount, body.reason, principal);
  }
}
