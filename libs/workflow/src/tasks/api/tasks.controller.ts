import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { CommentDto } from '../../instances/api/instances.dto';
import { TaskService } from '../task.service';
import { BulkApproveDto, InboxQuery, SendBackDto } from './tasks.dto';

@ApiTags('workflow: tasks')
@Controller('api/workflow/tasks')
export class TasksController {
  constructor(private readonly tasks: TaskService) {}

  /** My inbox: open tasks for me and for my roles, with counts by step kind. */
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
  @Access('business', 'workflow.use')
  approve(@Param('id', IdPipe) id: number, @Body() body: CommentDto, @CurrentPrincipal() principal: Principal) {
    return this.tasks.approve(id, principal, body.comment ?? null);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Access('business', 'workflow.use')
  reject(@Param('id', IdPipe) id: number, @Body() body: CommentDto, @CurrentPrincipal() principal: Principal) {
    return this.tasks.reject(id, principal, body.comment ?? null);
  }

  /** 差戻し: back to the drafter or a chosen earlier step; the route resumes from there. */
  @Post(':id/send-back')
  @HttpCode(200)
  @Access('business', 'workflow.use')
  sendBack(@Param('id', IdPipe) id: number, @Body() body: SendBackDto, @CurrentPrincipal() principal: Principal) {
    return this.tasks.sendBack(id, principal, body.comment ?? null, body.targetElementId ?? null);
  }

  /** 引戻し: the previous actor takes their step back while the next one is untouched. */
  @Post(':id/recall')
  @HttpCode(200)
  @Access('business', 'workflow.use')
  recall(@Param('id', IdPipe) id: number, @Body() body: CommentDto, @CurrentPrincipal() principal: Principal) {
    return this.tasks.recall(id, principal, body.comment ?? null);
  }
}
