import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { POSITION_CODES, type PositionCode } from '../domain/positions';
import { IsCalendarDate, OptionalNotNull, QueryBoolean, QueryInt } from './validators';

export class CreatePostingDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  staffId: number;

  @ApiProperty()
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiProperty({ enum: POSITION_CODES })
  @IsIn(POSITION_CODES)
  positionCode: PositionCode;

  @ApiProperty({ example: '2026-04-01' })
  @IsCalendarDate()
  startDate: string;

  @ApiPropertyOptional({ example: '2027-03-31', nullable: true, description: '省略または null で期間の定めなし' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @ApiPropertyOptional({ description: '兼務' })
  @IsOptional()
  @IsBoolean()
  concurrent?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string | null;
}

export class UpdatePostingDto {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  unitId?: number;

  @ApiPropertyOptional({ enum: POSITION_CODES })
  @OptionalNotNull()
  @IsIn(POSITION_CODES)
  positionCode?: PositionCode;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ nullable: true, description: 'null で期間の定めなしに戻す' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  concurrent?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string | null;
}

export class TransferDto {
  @ApiProperty({ description: '異動先の組織' })
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiProperty({ enum: POSITION_CODES })
  @IsIn(POSITION_CODES)
  positionCode: PositionCode;

  @ApiProperty({ example: '2027-04-01', description: '発令日（この日から新しい配置）' })
  @IsCalendarDate()
  effectiveDate: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @ApiPropertyOptional({ description: '前日まで続く兼務も終了する' })
  @IsOptional()
  @IsBoolean()
  endConcurrentPosts?: boolean;

  @ApiPropertyOptional({ nullable: true, example: '令和9年4月1日付 定期人事異動' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string | null;
}

export class PostingQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  staffId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  unitId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  subtree?: boolean;

  @ApiPropertyOptional({ description: 'この日に有効な配置だけ（省略時は過去・将来を含む全件）' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}
