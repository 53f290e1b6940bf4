import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class DelegationRuleDto {
  @ApiProperty({ example: 'goods' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{0,39}$/, { message: '英小文字・数字・「-」で40文字以内にしてください' })
  businessType: string;

  @ApiProperty({ example: 0, description: '下限額（円、この額を含む）' })
  @IsInt()
  @Min(0)
  minAmount: number;

  @ApiProperty({ example: 500000, nullable: true, description: '上限額（円、この額を含む）。null は上限なし' })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxAmount: number | null;

  @ApiProperty({ example: 'section-chief' })
  @IsString()
  @Matches(/^(mayor|deputy-mayor|director|deputy-director|section-chief|assistant-chief|subsection-chief)$/, {
    message:
      '決裁できる職（mayor, deputy-mayor, director, deputy-director, section-chief, assistant-chief, subsection-chief）を指定してください',
  })
  decidingPosition: string;
}

export class PublishDelegationTableDto {
  @ApiProperty({ example: '事務決裁規程 別表' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ type: [DelegationRuleDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => DelegationRuleDto)
  rules: DelegationRuleDto[];
}
