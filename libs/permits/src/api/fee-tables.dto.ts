import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '@ringi/hr';

export class FeeQuoteDto {
  @ApiProperty({ description: '占用物件の区分（料金表の名称）', example: '第一種電柱' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  category: string;

  @ApiPropertyOptional({ description: '級地（省略時は geometry の場所から）', example: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  feeDistrict?: number;

  @ApiPropertyOptional({
    description: '占用の場所（GeoJSON の Point・LineString・Polygon）。級地は区域表からこの場所で決まる',
    type: 'object',
    additionalProperties: true,
  })
  @IsOptional()
  @IsObject()
  geometry?: Record<string, unknown>;

  @ApiProperty({ description: '数量（本・m・m²）', example: 2 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(1_000_000)
  quantity: number;

  @ApiProperty({ description: '占用期間の始期', example: '2026-04-01' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ description: '占用期間の終期', example: '2027-03-31' })
  @IsCalendarDate()
  to: string;

  @ApiPropertyOptional({ description: '減免率（%）', example: 50 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  exemptionPercent?: number;
}

export class FeeRulesDto {
  @ApiProperty({ example: 0.01 })
  @IsIn([0.01, 0.1, 1])
  quantityStep: number;

  @ApiProperty({ example: 100 })
  @IsInt()
  @Min(0)
  minimumYen: number;

  @ApiProperty({ example: true })
  @IsBoolean()
  taxUnderOneMonth: boolean;

  @ApiProperty({ example: 10 })
  @IsInt()
  @Min(0)
  @Max(100)
  taxRatePercent: number;
}

export class FeePriceDto {
  @ApiProperty({ example: '第一種電柱' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  category: string;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(9)
  feeDistrict: number;

  @ApiProperty({ description: '単価（円）', example: 2400 })
  @IsInt()
  @Min(0)
  unitPrice: number;

  @ApiProperty({ enum: ['pole', 'metre', 'squareMetre'] })
  @IsIn(['pole', 'metre', 'squareMetre'])
  unit: 'pole' | 'metre' | 'squareMetre';

  @ApiProperty({ enum: ['year', 'month'] })
  @IsIn(['year', 'month'])
  per: 'year' | 'month';
}

export class CreateFeeTableDto {
  @ApiProperty({ description: '版（例: R6）', example: 'R9' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: '版は半角英数字と . _ - の32文字以内で入力してください' })
  version: string;

  @ApiProperty({ description: '施行日', example: '2027-04-01' })
  @IsCalendarDate()
  effectiveFrom: string;

  @ApiProperty({ type: FeeRulesDto })
  @ValidateNested()
  @Type(() => FeeRulesDto)
  rules: FeeRulesDto;

  @ApiProperty({ type: [FeePriceDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => FeePriceDto)
  prices: FeePriceDto[];
}
