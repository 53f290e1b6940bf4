import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { MyRequestsQuery } from './my-requests.dto';
import { MyRequestsService } from './my-requests.service';

@ApiTags('workflow: instances')
@Controller('api/workflow/my-requests')
export class MyRequestsController {
  constructor(private readonly requests: MyRequestsService) {}

  /** 自分の申請: the cases I started, newest first, with the steps open now; paged by limit/offset. */
  @Get()
  @Access('business', 'workflow.use')
  list(@CurrentPrincipal() me: Principal, @Query() query: MyRequestsQuery) {
    return this.requests.list(me.userId, query);
  }
}
