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
  Max,
  Min,
} from 'class-validator';
import { Type } from 'class-transformer';
import type { InboxSort } from '../task.service';

export class InboxQuery {
  @ApiPropertyOptional({ enum: ['approve', 'consult', 'circulate', 'decide', 'review'] })
  @IsOptional()
  @IsIn(['approve', 'consult', 'circulate', 'decide', 'review'])
  stepKind?: string;

  @ApiPropertyOptional({ enum: ['due', 'newest', 'oldest'], description: '並び順（既定: 期限の近い順）' })
  @IsOptional()
  @IsIn(['due', 'newest', 'oldest'])
  sort?: InboxSort;

  @ApiPropertyOptional({ description: '件数（1〜500、既定 100）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: '先頭から飛ばす件数' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;

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

export class ReassignDto {
  @ApiProperty({ description: '新しい担当者のユーザー名', example: 'kakaricho1' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  username: string;

  @ApiProperty({ description: '再割当ての理由（監査証跡に残ります）', example: '担当者の異動のため' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
