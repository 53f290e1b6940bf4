import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { CommentDto } from '../../instances/api/instances.dto';
import { RouteActions } from '../route-actions.service';
import { TaskReassignment } from '../task-reassignment';
import { TaskService } from '../task.service';
import { TaskActionAnswerDto } from './task-action-answer.dto';
import { BulkApproveDto, InboxQuery, ReassignDto, SendBackDto } from './tasks.dto';

/** Clients take the next task from `instance.openTasks`; the history and route are in GET :id. */
const ANSWER_DESCRIPTION = '処理後のタスクと、案件で次に開いている手順（履歴・決裁欄は GET /api/workflow/tasks/:id）';

@ApiTags('workflow: tasks')
@Controller('api/workflow/tasks')
export class TasksController {
  constructor(
    private readonly tasks: TaskService,
    private readonly routes: RouteActions,
    private readonly reassignment: TaskReassignment,
  ) {}

  /** My inbox: open tasks for me, my posts (兼務 included) and my roles, with counts by step kind. */
  @Get()
  @Access('business', 'workflow.use')
  inbox(@Query() query: InboxQuery, @CurrentPrincipal() principal: Principal) {
    return this.tasks.inbox(principal, query);
  }

  /** 一括承認: each task in its own transaction, a result per task. */
  @Post('bulk-approve')
  @HttpCode(200)
  @Access('business', 'workflow.use')
  bulkApprove(@Body() body: BulkApproveDto, @CurrentPrincipal() principal: Principal) {
    return this.tasks.bulkApprove(body.taskIds, principal, body.comment ?? null);
  }

  /** A task with its case, history and the actions I may take. */
  @Get(':id')
  @Access('business', 'workflow.use')
  detail(@Param('id', IdPipe) id: number, @CurrentPrincipal() principal: Principal) {
    return this.tasks.detail(id, principal);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskActionAnswerDto, description: ANSWER_DESCRIPTION })
  @Access('business', 'workflow.use')
  approve(@Param('id', IdPipe) id: number, @Body() body: CommentDto, @CurrentPrincipal() principal: Principal) {
    return this.tasks.approve(id, principal, body.comment ?? null);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskActionAnswerDto, description: ANSWER_DESCRIPTION })
  @Access('business', 'workflow.use')
  reject(@Param('id', IdPipe) id: number, @Body() body: CommentDto, @CurrentPrincipal() principal: Principal) {
    return this.tasks.reject(id, principal, body.comment ?? null);
  }

  /** 差戻し: back to the drafter or a chosen earlier step; the route resumes from there. */
  @Post(':id/send-back')
  @HttpCode(200)
  @Access('business', 'workflow.use')
  async sendBack(@Param('id', IdPipe) id: number, @Body() body: SendBackDto, @CurrentPrincipal() principal: Principal) {
    await this.routes.sendBack(id, principal, body.comment ?? null, body.targetElementId ?? null);
    return this.tasks.detail(id, principal);
  }

  /** 引戻し: the previous actor takes their step back while the next one is untouched. */
  @Post(':id/recall')
  @HttpCode(200)
  @Access('business', 'workflow.use')
  async recall(@Param('id', IdPipe) id: number, @Body() body: CommentDto, @CurrentPrincipal() principal: Principal) {
    return this.tasks.detail(await this.routes.recall(id, principal, body.comment ?? null), principal);
  }

  /** 確認: closes a 供覧 item or a 後閲 review item; the route never waited for it. */
  @Post(':id/acknowledge')
  @HttpCode(200)
  @Access('business', 'workflow.use')
  acknowledge(@Param('id', IdPipe) id: number, @Body() body: CommentDto, @CurrentPrincipal() principal: Principal) {
    return this.tasks.acknowledge(id, principal, body.comment ?? null);
  }

  /** 後閲: pass the step of an absent approver, who reviews it afterwards. */
  @Post(':id/post-review')
  @HttpCode(200)
  @Access('business', 'workflow.use')
  async postReview(
    @Param('id', IdPipe) id: number,
    @Body() body: CommentDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.tasks.detail(await this.routes.passForPostReview(id, principal, body.comment ?? null), principal);
  }

  /** 引上げ: a higher approver on the route acts past absent lower ones; answers the principal's own step. */
  @Post(':id/pull-up')
  @HttpCode(200)
  @Access('business', 'workflow.use')
  async pullUp(@Param('id', IdPipe) id: number, @Body() body: CommentDto, @CurrentPrincipal() principal: Principal) {
    return this.tasks.detail(await this.routes.pullUp(id, principal, body.comment ?? null), principal);
  }

  /** 再割当て by a workflow admin, with a reason kept in the history and the audit trail. */
  @Post(':id/reassign')
  @HttpCode(200)
  @Access('business', 'workflow.admin')
  async reassign(@Param('id', IdPipe) id: number, @Body() body: ReassignDto, @CurrentPrincipal() principal: Principal) {
    await this.reassignment.reassign(id, body.username, body.reason, principal);
    return this.tasks.detail(id, principal);
  }
}
