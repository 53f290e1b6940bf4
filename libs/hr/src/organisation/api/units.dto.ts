import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { POSITION_CODES, type PositionCode } from '../domain/positions';
import { UNIT_KINDS, type UnitKind } from '../domain/tree';
import { IsCalendarDate, IsInstant, IsOrgCode, NotBlank, OptionalNotNull, QueryBoolean, QueryInt } from './validators';

export class CreateUnitDto {
  @ApiProperty({ example: 'soumu-ka', description: '組織コード（英小文字・数字・-）' })
  @IsString()
  @IsOrgCode()
  code: string;

  @ApiProperty({ example: '総務課' })
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: UNIT_KINDS })
  @IsIn(UNIT_KINDS)
  kind: UnitKind;

  @ApiPropertyOptional({ description: '上位組織の ID（市のみ省略）', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  parentId?: number | null;

  @ApiPropertyOptional({ example: '港総', description: '文書記号（課は必須）', nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(10)
  docSymbol?: string | null;

  @ApiPropertyOptional({ example: 10 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99999)
  sortOrder?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateUnitDto {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @IsOrgCode()
  code?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ enum: UNIT_KINDS })
  @OptionalNotNull()
  @IsIn(UNIT_KINDS)
  kind?: UnitKind;

  @ApiPropertyOptional({ nullable: true, description: 'null で最上位（市のみ）' })
  @IsOptional()
  @IsInt()
  @Min(1)
  parentId?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(10)
  docSymbol?: string | null;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(99999)
  sortOrder?: number;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

export class UnitTreeQuery {
  @ApiPropertyOptional({ description: '無効な組織も含める' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  includeInactive?: boolean;
}

export class DateQuery {
  @ApiPropertyOptional({ example: '2026-04-01', description: '基準日（省略時は本日）' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class MembersQuery extends DateQuery {
  @ApiPropertyOptional({ description: '下位の組織の職員も含める（既定: true）' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  subtree?: boolean;
}

export class HoldersQuery extends DateQuery {
  @ApiProperty({ enum: POSITION_CODES })
  @IsIn(POSITION_CODES)
  positionCode: PositionCode;

  @ApiPropertyOptional({ description: '空席なら最も近い上位組織の同じ職を返す' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  nearest?: boolean;
}

export class DeputyOfQuery {
  @ApiProperty({ enum: POSITION_CODES })
  @IsIn(POSITION_CODES)
  positionCode: PositionCode;

  @ApiPropertyOptional({ example: '2026-04-01T10:00:00+09:00', description: '基準日時（省略時は現在）' })
  @IsOptional()
  @IsInstant()
  at?: string;
}

export class SuperiorsQuery extends DateQuery {
  @ApiPropertyOptional({ example: 7, description: 'この順位以上の職だけ（7 = 係長以上）' })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(99)
  maxRank?: number;
}
