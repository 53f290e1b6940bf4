import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { POSITION_CODES, type PositionCode } from '@ringi/hr';

/** 合議 the case with a post (unitId + positionCode, e.g. 財政課長) or with one person (staffId). */
export class ConsultDto {
  @ApiPropertyOptional({ description: '合議先の組織（職と組み合わせる）' })
  @IsOptional()
  @IsInt()
  @Min(1)
  unitId?: number;

  @ApiPropertyOptional({ enum: POSITION_CODES, description: '合議先の職' })
  @IsOptional()
  @IsIn(POSITION_CODES)
  positionCode?: PositionCode;

  @ApiPropertyOptional({ description: '合議先の職員（組織・職の代わりに）' })
  @IsOptional()
  @IsInt()
  @Min(1)
  staffId?: number;

  @ApiPropertyOptional({ description: '合議先へのコメント（依頼の趣旨）' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
