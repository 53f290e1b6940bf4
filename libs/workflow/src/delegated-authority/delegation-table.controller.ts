import { Body, Controller, Get, Param, Post, type PipeTransform } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { InvalidInputError } from '@ringi/platform';
import { DelegationTableService } from './delegation-table.service';
import { PublishDelegationTableDto } from './delegation-table.dto';

class TableKeyPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[a-z][a-z0-9-]{0,59}$/.test(value)) {
      throw new InvalidInputError('入力内容に誤りがあります。', [
        { field: 'tableKey', messages: ['英小文字・数字・「-」で60文字以内にしてください'] },
      ]);
    }
    return value;
  }
}

@ApiTags('workflow: delegated authority (専決)')
@Controller('api/workflow/delegation-tables')
export class DelegationTableController {
  constructor(private readonly tables: DelegationTableService) {}

  @Get()
  @Access('business', 'workflow.use')
  list() {
    return this.tables.list();
  }

  @Get(':tableKey/versions')
  @Access('business', 'workflow.use')
  versions(@Param('tableKey', TableKeyPipe) tableKey: string) {
    return this.tables.versions(tableKey);
  }

  @Post(':tableKey/versions')
  @Access('admin', 'workflow.admin')
  publish(
    @Param('tableKey', TableKeyPipe) tableKey: string,
    @Body() body: PublishDelegationTableDto,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.tables.publish(
      tableKey,
      body.name,
      body.rules.map((r) => ({ ...r, maxAmount: r.maxAmount ?? null })),
      me.userId,
    );
  }
}
