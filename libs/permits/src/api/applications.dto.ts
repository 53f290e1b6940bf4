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
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
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

  @ApiPropertyOptional({ description: '使われません: 級地は場所（geometry）から区域表で決まります', example: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  feeDistrict?: number;

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

  @ApiPropertyOptional({
    description: '更新・変更・廃止・承継: 現在の許可番号（新規では指定しない）',
    example: '港道占第12号',
  })
  @IsOptional()
  @IsString({ message: '現在の許可番号は文字で入力してください' })
  @MaxLength(64, { message: '現在の許可番号は64文字以内で入力してください' })
  citedPermitNumber?: string;

  @ApiPropertyOptional({
    description: '承継: 許可書に記載された現在の占用者の氏名・名称',
    example: 'みなとガス株式会社',
  })
  @IsOptional()
  @IsString({ message: '現在の占用者は文字で入力してください' })
  @MaxLength(200, { message: '現在の占用者は200文字以内で入力してください' })
  currentHolderName?: string;
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

export class CounterApplicantDto {
  @ApiProperty({ description: '申請者の氏名・名称', example: '港 太郎' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ description: '申請者の住所', example: 'みなと市泊2丁目3番4号' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  address: string;

  @ApiProperty({ description: '連絡先（電話・メール）', example: '098-000-0000' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  contact: string;

  @ApiPropertyOptional({ description: 'ポータルのアカウント（メールアドレス）。あればマイページで経過を見られる' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  portalUsername?: string;
}

/** 窓口代行入力: the application as on the portal, plus the applicant who came with paper. */
export class CounterEntryDto extends SubmitApplicationDto {
  @ApiProperty({ type: CounterApplicantDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CounterApplicantDto)
  applicant: CounterApplicantDto;
}
