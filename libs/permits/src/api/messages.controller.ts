import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { MessageService } from '../messages/message.service';

export class PostMessageDto {
  @ApiProperty({ description: '本文（テキスト。HTMLとしては表示しません）', example: '支線の位置は変えられますか。' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: '本文を入力してください' })
  @MaxLength(2000, { message: '本文は2000文字以内にしてください' })
  body: string;
}

/** Messages on an application: the applicant on the portal (their own only), clerks on LGWAN. */
@ApiTags('permits: messages')
@Controller('api')
export class MessagesController {
  constructor(private readonly messages: MessageService) {}

  @Get('portal/permits/applications/:id/messages')
  @Access('portal', 'portal.use')
  mine(@Param('id', IdPipe) id: number, @CurrentPrincipal() principal: Principal) {
    return this.messages.thread(id, { kind: 'applicant', userId: principal.userId });
  }

  @Post('portal/permits/applications/:id/messages')
  @Access('portal', 'portal.use')
  ask(@Param('id', IdPipe) id: number, @Body() body: PostMessageDto, @CurrentPrincipal() principal: Principal) {
    return this.messages.post(id, { kind: 'applicant', userId: principal.userId }, body.body, principal);
  }

  @Post('portal/permits/applications/:id/messages/read')
  @HttpCode(204)
  @Access('portal', 'portal.use')
  readMine(@Param('id', IdPipe) id: number, @CurrentPrincipal() principal: Principal) {
    return this.messages.markRead(id, { kind: 'applicant', userId: principal.userId });
  }

  @Get('permits/applications/:id/messages')
  @Access('business', 'permit.process')
  thread(@Param('id', IdPipe) id: number) {
    return this.messages.thread(id, { kind: 'clerk' });
  }

  @Post('permits/applications/:id/messages')
  @Access('business', 'permit.process')
  answer(@Param('id', IdPipe) id: number, @Body() body: PostMessageDto, @CurrentPrincipal() principal: Principal) {
    return this.messages.post(id, { kind: 'clerk' }, body.body, principal);
  }

  @Post('permits/applications/:id/messages/read')
  @HttpCode(204)
  @Access('business', 'permit.process')
  read(@Param('id', IdPipe) id: number) {
    return this.messages.markRead(id, { kind: 'clerk' });
  }
}
