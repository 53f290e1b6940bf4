import { Controller, Get, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { Access } from '@ringi/auth';
import { Clock } from '@ringi/platform';
import { WorkflowInstance, WorkflowTask, type InstanceStatus } from '@ringi/workflow';
import { monitorInstances } from './instance-monitor';

const MONITOR_LIMIT = 500;
const STATUSES: InstanceStatus[] = ['running', 'completed', 'rejected', 'withdrawn', 'cancelled', 'failed'];

export class MonitorQuery {
  @ApiPropertyOptional({ enum: STATUSES, description: '状況（既定: running）' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: InstanceStatus;
}

/** The workflow admins' instance monitor: where every instance is, overdue and stuck steps. */
@ApiTags('web')
@Controller('api/web/admin/instances')
export class InstanceMonitorController {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Access('admin', 'workflow.admin')
  async list(@Query() query: MonitorQuery) {
    const instances = await this.db.getRepository(WorkflowInstance).find({
      where: { status: query.status ?? 'running' },
      order: { id: 'DESC' },
      take: MONITOR_LIMIT,
    });
    const ids = instances.map((i) => i.id);
    const open =
      ids.length > 0
        ? await this.db.getRepository(WorkflowTask).find({ where: { instanceId: In(ids), status: 'open' } })
        : [];
    return monitorInstances(instances, open, this.clock.now());
  }
}
