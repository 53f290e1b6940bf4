import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export const INSTANCE_STATUSES = ['running', 'completed', 'rejected', 'withdrawn', 'failed'] as const;

export class MyRequestsQuery {
  @ApiPropertyOptional({ enum: INSTANCE_STATUSES, description: 'この状況の案件だけ' })
  @IsOptional()
  @IsIn(INSTANCE_STATUSES, { message: `状況は ${INSTANCE_STATUSES.join(', ')} のいずれかにしてください` })
  status?: (typeof INSTANCE_STATUSES)[number];

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}
