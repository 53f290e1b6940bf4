import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { POSITION_CODES, type PositionCode } from '../domain/positions';
import { OptionalNotNull, QueryInt } from './validators';

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
