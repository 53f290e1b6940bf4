import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CsvEncoding } from '@ringi/platform';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  DECISION_CLASSES,
  DISCLOSURE_CLASSES,
  type DecisionClass,
  type DisclosureClass,
} from '../documents/document-classes';
import type { RecordFileStatus } from '../file-plan/record-file.entity';
import { RETENTION_YEARS, type EndAction, type RetentionPeriod } from '../records/retention';
import { IsCalendarDate, NotBlank, QueryInt } from '@ringi/hr';

const RETENTION_PERIODS = [...RETENTION_YEARS, 'permanent'] as const;

export class CreateCategoryDto {
  @ApiProperty({ example: '01-03', description: '分類コード' })
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: '英数字と - の20文字以内で指定してください' })
  code: string;

  @ApiProperty({ example: '文書・公印' })
  @IsString()
  @NotBlank()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99999)
  sortOrder?: number;
}

export class CreateRecordFileDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  categoryId: number;

  @ApiProperty({ description: '簿冊を持つ課' })
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiProperty({ example: '文書収受簿' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  title: string;

  @ApiProperty({ example: 2026, description: '年度（西暦の開始年）' })
  @IsInt()
  @Min(1989)
  @Max(2200)
  fiscalYear: number;

  @ApiProperty({ enum: RETENTION_PERIODS, description: '保存期間（年）または永年' })
  @IsIn(RETENTION_PERIODS)
  retention: RetentionPeriod;

  @ApiProperty({ enum: ['dispose', 'transfer'], description: '保存期間満了時の措置（廃棄・移管）' })
  @IsIn(['dispose', 'transfer'])
  endAction: EndAction;
}

export class RecordFileQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  unitId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  fiscalYear?: number;

  @ApiPropertyOptional({ enum: ['open', 'completed', 'disposed', 'transferred'] })
  @IsOptional()
  @IsIn(['open', 'completed', 'disposed', 'transferred'])
  status?: RecordFileStatus;
}

export class CompleteRecordFileDto {
  @ApiProperty({ example: '2027-03-31', description: '完結日' })
  @IsCalendarDate()
  completedOn: string;
}

export class RetentionRunQuery {
  @ApiPropertyOptional({ example: '2031-04-01', description: '基準日（省略時は本日）' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

export class RequestDisposalDto {
  @ApiProperty({ example: '保存期間満了のため' })
  @IsString()
  @NotBlank()
  @MaxLength(400)
  reason: string;
}

export class CreateTemplateDto {
  @ApiProperty({ example: '研修実施伺い' })
  @IsString()
  @NotBlank()
  @MaxLength(100)
  name: string;

  @ApiProperty()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  title: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200_000)
  body: string;

  @ApiProperty({ enum: DECISION_CLASSES })
  @IsIn(DECISION_CLASSES)
  decisionClass: DecisionClass;

  @ApiProperty({ enum: DISCLOSURE_CLASSES })
  @IsIn(DISCLOSURE_CLASSES)
  disclosure: DisclosureClass;

  @ApiPropertyOptional({ description: '全庁共通にする（既定は所属課のみ）' })
  @IsOptional()
  @IsBoolean()
  shared?: boolean;
}

export class TemplateQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '廃止した文例も含める' })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeRetired?: string;
}

export class ExportQuery {
  @ApiPropertyOptional({ enum: ['utf-8', 'shift_jis'], default: 'utf-8' })
  @IsOptional()
  @IsIn(['utf-8', 'shift_jis'])
  encoding?: CsvEncoding;
}
