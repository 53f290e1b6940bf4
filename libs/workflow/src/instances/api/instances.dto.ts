import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class StartInstanceDto {
  @ApiProperty({ description: '開始するワークフロー定義のプロセスキー（有効な版で開始）', example: 'documentApproval' })
  @IsString()
  @Matches(/^[A-Za-z_][A-Za-z0-9_.-]{0,199}$/, { message: 'プロセスキーの形式が正しくありません' })
  definitionKey: string;

  @ApiProperty({ description: '業務側の識別子（文書番号など）', example: 'DOC-2026-0001' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  businessKey: string;

  @ApiPropertyOptional({ description: '業務種別（専決規程の区分）', example: 'goods' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  businessType?: string;

  @ApiPropertyOptional({ description: 'プロセス変数（amount など）', type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  variables?: Record<string, unknown>;
}

export class CommentDto {
  @ApiPropertyOptional({ description: 'コメント' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
