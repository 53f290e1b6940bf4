import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate } from '@ringi/hr';
import type { ApplicationKind, ApplicationStatus } from '../applications/permit-application.entity';

export class SubmitApplicationDto {
  @ApiProperty({ enum: ['new', 'renewal', 'change', 'end', 'succession'], description: '新規・更新・変更・廃止・承継' })
  @IsIn(['new', 'renewal', 'change', 'end', 'succession'])
  kind: ApplicationKind;

  @ApiProperty({ example: 'pole-1' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  categoryCode: string;

  @ApiProperty({ description: '区分ごとの項目', type: 'object', additionalProperties: true })
  @IsObject()
  fields: Record<string, unknown>;

  @ApiProperty({ example: 'みなと市港町1丁目2番' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  address: string;

  @ApiProperty({ example: '市道港町1号線' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  roadName: string;

  @ApiProperty({ description: 'GeoJSON の Point・LineString・Polygon', type: 'object', additionalProperties: true })
  @IsObject()
  geometry: Record<string, unknown>;

  @ApiProperty({ description: '級地', example: 1 })
  @IsInt()
  @Min(1)
  @Max(9)
  feeDistrict: number;

  @ApiProperty({ description: '数量（本・m・m²）', example: 2 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(1_000_000)
  quantity: number;

  @ApiProperty({ example: '2026-05-01' })
  @IsCalendarDate()
  periodFrom: string;

  @ApiProperty({ example: '2031-03-31' })
  @IsCalendarDate()
  periodTo: string;

  @ApiProperty({ description: '車道での工事等で道路使用許可（警察）が必要' })
  @IsBoolean()
  policeConsultation: boolean;
}

export class ApplicationsQuery {
  @ApiPropertyOptional({ enum: ['reviewing', 'permitted', 'rejected', 'withdrawn'] })
  @IsOptional()
  @IsIn(['reviewing', 'permitted', 'rejected', 'withdrawn'])
  status?: ApplicationStatus;

  @ApiPropertyOptional({ description: '占用物件の区分' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  categoryCode?: string;

  @ApiPropertyOptional({ description: '場所（住所・路線名の一部）' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  place?: string;

  @ApiPropertyOptional({ description: '占用者名の一部' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  holder?: string;

  @ApiPropertyOptional({ description: 'この日までに占用期間が満了する許可（満了一覧）' })
  @IsOptional()
  @IsCalendarDate()
  expiringBy?: string;
}

export class CorrectionRequestDto {
  @ApiProperty({ description: '補正を求める内容', example: '平面図に電柱の位置を記入してください。' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  message: string;
}
