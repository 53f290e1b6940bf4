import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { FIELD_TYPES, MAX_FIELDS, type FieldType } from './form-fields';

export class FormFieldDto {
  @ApiProperty({ example: 'itemName', description: 'プロセス変数名（英小文字で始まる英数字）' })
  @IsString()
  @MaxLength(40)
  key: string;

  @ApiProperty({ example: '品名' })
  @IsString()
  @IsNotEmpty({ message: '項目名を入力してください' })
  @MaxLength(100)
  label: string;

  @ApiProperty({ enum: FIELD_TYPES })
  @IsIn(FIELD_TYPES, { message: `種類は ${FIELD_TYPES.join(', ')} のいずれかにしてください` })
  type: FieldType;

  @ApiProperty()
  @IsBoolean()
  required: boolean;

  @ApiPropertyOptional({ nullable: true, example: '型番まで書いてください' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  help?: string | null;

  @ApiPropertyOptional({ type: [String], description: '選択式の選択肢' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  options?: string[];
}

export class PublishFormDto {
  @ApiProperty({ example: 'generic-request', description: '申請で開始するワークフローのプロセスキー' })
  @IsString()
  @Matches(/^[A-Za-z_][A-Za-z0-9_.-]{0,199}$/, { message: 'プロセスキーの形式が正しくありません' })
  processKey: string;

  @ApiProperty({ example: '備品購入依頼' })
  @IsString()
  @IsNotEmpty({ message: 'フォーム名を入力してください' })
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @ApiProperty({ type: [FormFieldDto] })
  @IsArray()
  @ArrayMaxSize(MAX_FIELDS)
  @ValidateNested({ each: true })
  @Type(() => FormFieldDto)
  fields: FormFieldDto[];
}

export class SubmitFormDto {
  @ApiProperty({ type: 'object', additionalProperties: true, example: { itemName: '事務用椅子', amount: 24000 } })
  @IsObject()
  values: Record<string, unknown>;
}
