import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
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

export class FeeAreaDto {
  @ApiProperty({ example: '港町中心地区' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ description: '級地', example: 1 })
  @IsInt()
  @Min(1)
  @Max(9)
  feeDistrict: number;

  @ApiProperty({
    description: 'GeoJSON Polygon の coordinates（外周、続いて穴）',
    type: 'array',
    items: { type: 'array', items: { type: 'array', items: { type: 'number' } } },
  })
  @IsArray()
  @ArrayMaxSize(50)
  polygon: [number, number][][];
}

export class CreateFeeAreaTableDto {
  @ApiProperty({ description: '版（例: R6）', example: 'R9' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: '版は半角英数字と . _ - の32文字以内で入力してください' })
  version: string;

  @ApiProperty({ description: '施行日', example: '2027-04-01' })
  @IsCalendarDate()
  effectiveFrom: string;

  @ApiProperty({ description: 'どの区域にも入らない場所の級地', example: 3 })
  @IsInt()
  @Min(1)
  @Max(9)
  defaultDistrict: number;

  @ApiProperty({ type: [FeeAreaDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => FeeAreaDto)
  areas: FeeAreaDto[];
}

export class PlaceDistrictDto {
  @ApiProperty({ description: 'GeoJSON の Point・LineString・Polygon', type: 'object', additionalProperties: true })
  @IsObject()
  geometry: Record<string, unknown>;

  @ApiPropertyOptional({
    description: '占用の始期（その日に施行中の区域表で判定。省略時は今日）',
    example: '2026-05-01',
  })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}
