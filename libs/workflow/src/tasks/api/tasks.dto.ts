import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class InboxQuery {
  @ApiPropertyOptional({ enum: ['approve', 'consult', 'circulate', 'decide'] })
  @IsOptional()
  @IsIn(['approve', 'consult', 'circulate', 'decide'])
  stepKind?: string;

  @ApiPropertyOptional({ description: '業務種別' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  businessType?: string;
}
