import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '@ringi/hr';
import { POLICE_RESULTS, type PoliceResult } from '../review/review-records';

export class FeeDistrictOverrideDto {
  @ApiProperty({ description: '級地', example: 2 })
  @IsInt()
  @Min(1)
  @Max(9)
  feeDistrict: number;

  @ApiProperty({
    description: '区域表の級地と違う級地にする理由',
    example: '路線の境界上で、実際の占用は2級地側に限られるため',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class ChecklistMarkDto {
  @ApiProperty({ description: '確認した（false で確認を取り消す）', example: true })
  @IsBoolean()
  checked: boolean;

  @ApiPropertyOptional({ description: 'メモ', example: '現地で確認' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ConditionsQuery {
  @ApiPropertyOptional({ description: 'この区分に使えるひな形だけ', example: 'pole-1' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  categoryCode?: string;
}

export class PermitConditionDto {
  @ApiPropertyOptional({ description: 'もとにしたひな形のコード', example: 'safety' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  templateCode?: string;

  @ApiProperty({ description: '条件の文（ひな形を編集したもの）', example: '工事中は保安設備を設けること。' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text: string;
}

export class PermitConditionsDto {
  @ApiProperty({ type: [PermitConditionDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PermitConditionDto)
  conditions: PermitConditionDto[];
}

export class PoliceConsultationDto {
  @ApiProperty({ description: '協議日', example: '2026-04-10' })
  @IsCalendarDate()
  consultedOn: string;

  @ApiProperty({ enum: POLICE_RESULTS, description: '同意・条件付き同意・不同意' })
  @IsIn(POLICE_RESULTS)
  result: PoliceResult;

  @ApiProperty({ description: '警察の回答文書の番号', example: '港署交第45号' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  reference: string;

  @ApiPropertyOptional({ description: '付された条件など', example: '夜間（21時〜6時）に限る' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ExemptionRequestDto {
  @ApiProperty({ description: '減免率（%）', example: 50 })
  @IsInt()
  @Min(1)
  @Max(100)
  percent: number;

  @ApiProperty({ description: '減免の理由（条例の該当条項など）', example: '公益上必要な施設（条例第5条第1号）' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class ExemptionDecisionDto {
  @ApiProperty({ description: '承認（false で不承認）', example: true })
  @IsBoolean()
  approve: boolean;

  @ApiPropertyOptional({ example: '条例第5条第1号に該当' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}
