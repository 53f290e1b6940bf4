import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { ConsultDto } from './consultation.dto';
import { consultTargetOf, ConsultationService } from './consultation.service';

@ApiTags('workflow: tasks')
@Controller('api/workflow/tasks')
export class ConsultationController {
  constructor(private readonly consultations: ConsultationService) {}

  /** 合議: ask another section's post (or a person) about this step; they answer with 確認. */
  @Post(':id/consult')
  @Access('business', 'workflow.use')
  consult(@Param('id', IdPipe) id: number, @Body() body: ConsultDto, @CurrentPrincipal() me: Principal) {
    return this.consultations.consult(id, consultTargetOf(body), me, body.comment ?? null);
  }
}
