import { Body, Controller, Get, Param, Post, type PipeTransform } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe, InvalidInputError } from '@ringi/platform';
import { FormsService } from './forms.service';
import { PublishFormDto, SubmitFormDto } from './forms.dto';

class FormKeyPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[a-z][a-z0-9-]{0,59}$/.test(value)) {
      throw new InvalidInputError('入力内容に誤りがあります。', [
        { field: 'formKey', messages: ['フォームキーは英小文字・数字・「-」で60文字以内にしてください'] },
      ]);
    }
    return value;
  }
}

@ApiTags('workflow: forms (簡易ワークフロー)')
@Controller('api/workflow/forms')
export class FormsController {
  constructor(private readonly forms: FormsService) {}

  /** Every form in its current version: the catalogue lists them with their process. */
  @Get()
  @Access('business', 'workflow.use')
  list() {
    return this.forms.list();
  }

  @Get(':formKey')
  @Access('business', 'workflow.use')
  current(@Param('formKey', FormKeyPipe) formKey: string) {
    return this.forms.current(formKey);
  }

  /** The version a case was submitted with, to label its values. */
  @Get(':formKey/versions/:version')
  @Access('business', 'workflow.use')
  version(@Param('formKey', FormKeyPipe) formKey: string, @Param('version', IdPipe) version: number) {
    return this.forms.version(formKey, version);
  }

  @Post(':formKey/versions')
  @Access('admin', 'workflow.admin')
  publish(
    @Param('formKey', FormKeyPipe) formKey: string,
    @Body() body: PublishFormDto,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.forms.publish(formKey, body, me.userId);
  }

  /** Submits the form: checked against its current version, then its process starts with the values. */
  @Post(':formKey/submissions')
  @Access('business', 'workflow.use')
  submit(
    @Param('formKey', FormKeyPipe) formKey: string,
    @Body() body: SubmitFormDto,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.forms.submit(formKey, body.values, me);
  }
}
