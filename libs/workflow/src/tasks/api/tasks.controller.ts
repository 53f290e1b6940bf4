import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { CommentDto } from '../../instances/api/instances.dto';
import { TaskService } from '../task.service';
import { InboxQuery } from './tasks.dto';

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
}
