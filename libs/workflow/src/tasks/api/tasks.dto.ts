import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';

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

export class SendBackDto {
  @ApiPropertyOptional({ description: 'コメント' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ description: '差戻し先の手順（userTask の id）。省略時は起案者（最初の手順）' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  targetElementId?: string;
}

export class BulkApproveDto {
  @ApiProperty({ description: '承認するタスクの ID（1〜100 件）', type: [Number] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsInt({ each: true })
  @Min(1, { each: true })
  taskIds: number[];

  @ApiPropertyOptional({ description: 'すべてのタスクに付けるコメント' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
