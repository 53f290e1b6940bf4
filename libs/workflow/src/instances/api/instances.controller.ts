import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { InstanceService } from '../instance.service';
import { CommentDto, StartInstanceDto } from './instances.dto';

@ApiTags('workflow: instances')
@Controller('api/workflow/instances')
export class InstancesController {
  constructor(private readonly instances: InstanceService) {}

  /** Starts the active version of a definition; the first tasks are assigned from the organisation. */
  @Post()
  @Access('business', 'workflow.use')
  start(@Body() body: StartInstanceDto, @CurrentPrincipal() principal: Principal) {
    return this.instances.start(body, principal);
  }

  /** Status, open tasks and full history. */
  @Get(':id')
  @Access('business', 'workflow.use')
  get(@Param('id', IdPipe) id: number, @CurrentPrincipal() principal: Principal) {
    return this.instances.get(id, principal);
  }

  /** 取下げ: the initiator abandons the case. */
  @Post(':id/withdraw')
  @HttpCode(200)
  @Access('business', 'workflow.use')
  withdraw(@Param('id', IdPipe) id: number, @Body() body: CommentDto, @CurrentPrincipal() principal: Principal) {
    return this.instances.withdraw(id, principal, body.comment ?? null);
  }
}
