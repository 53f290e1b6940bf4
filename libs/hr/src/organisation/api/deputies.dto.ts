import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { POSITION_CODES, type PositionCode } from '../domain/positions';
import { IsCalendarDate, OptionalNotNull, QueryInt } from './validators';

export class CreateDeputyDto {
  @ApiProperty({ description: '決裁する職の組織' })
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiProperty({ enum: POSITION_CODES, description: '決裁する職' })
  @IsIn(POSITION_CODES)
  positionCode: PositionCode;

  @ApiProperty({ description: '代決する職の組織' })
  @IsInt()
  @Min(1)
  deputyUnitId: number;

  @ApiProperty({ enum: POSITION_CODES, description: '代決する職' })
  @IsIn(POSITION_CODES)
  deputyPositionCode: PositionCode;

  @ApiProperty({ example: 1, description: '1 = 第1順位' })
  @IsInt()
  @Min(1)
  @Max(99)
  priority: number;

  @ApiPropertyOptional({ example: '2026-04-01', nullable: true, description: '指定の開始日（省略: 期限なく前から）' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @ApiPropertyOptional({ example: '2027-03-31', nullable: true, description: '指定の終了日（省略: 定めなし）' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;
}

export class UpdateDeputyDto {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  deputyUnitId?: number;

  @ApiPropertyOptional({ enum: POSITION_CODES })
  @OptionalNotNull()
  @IsIn(POSITION_CODES)
  deputyPositionCode?: PositionCode;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(99)
  priority?: number;

  @ApiPropertyOptional({ nullable: true, description: 'null で開始日の定めなし' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'null で終了日の定めなし' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;
}

export class DeputyQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  unitId?: number;

  @ApiPropertyOptional({ enum: POSITION_CODES })
  @IsOptional()
  @IsIn(POSITION_CODES)
  positionCode?: PositionCode;
}
