import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  DECISION_CLASSES,
  DISCLOSURE_CLASSES,
  DISPATCH_METHODS,
  NUMBERING_MOMENTS,
  type DecisionClass,
  type DisclosureClass,
  type DispatchMethod,
  type DocumentKind,
  type DocumentStatus,
  type NumberingMoment,
} from '../documents/document-classes';
import { IsCalendarDate, NotBlank, OptionalNotNull, QueryInt } from '@ringi/hr';
import { IsBase64Content, IsFileName } from './validators';

const UNIT_CODE = /^[a-z0-9-]{1,40}$/;

class RouteFields {
  @ApiPropertyOptional({ enum: DECISION_CLASSES, description: '決裁区分（専決表 standard の業務種別）' })
  @OptionalNotNull()
  @IsIn(DECISION_CLASSES)
  decisionClass?: DecisionClass;

  @ApiPropertyOptional({ type: [String], example: ['zaisei-ka'], description: '合議先の課の組織コード' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(UNIT_CODE, { each: true, message: '組織コードの形式で指定してください' })
  consultUnits?: string[];

  @ApiPropertyOptional({ type: [String], example: ['bucho1'], description: '供覧先の利用者名' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  viewers?: string[];
}

export class CreateDraftDto extends RouteFields {
  @ApiPropertyOptional({ example: '令和8年度 庁内研修の実施について', description: '件名（文例を使うときは省略可）' })
  @OptionalNotNull()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ description: '伺い文（本文）' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(200_000)
  body?: string;

  @ApiProperty({ description: '綴る簿冊' })
  @IsInt()
  @Min(1)
  recordFileId: number;

  @ApiPropertyOptional({ enum: DISCLOSURE_CLASSES, description: '公開区分（既定は公開）' })
  @OptionalNotNull()
  @IsIn(DISCLOSURE_CLASSES)
  disclosure?: DisclosureClass;

  @ApiPropertyOptional({ description: '文例' })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  templateId?: number;

  @ApiPropertyOptional({ description: 'この起案が回答する収受文書' })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  answersDocumentId?: number;

  @ApiPropertyOptional({
    description: '起案して回付する（true）: 起案と回付を一つの操作で行い、回付できないときは何も保存しない',
  })
  @OptionalNotNull()
  @IsBoolean()
  send?: boolean;
}

export class UpdateDraftDto extends RouteFields {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @MaxLength(200_000)
  body?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  recordFileId?: number;

  @ApiPropertyOptional({ enum: DISCLOSURE_CLASSES })
  @OptionalNotNull()
  @IsIn(DISCLOSURE_CLASSES)
  disclosure?: DisclosureClass;
}

export class RoutePlanDto extends RouteFields {}

export class WithdrawDocumentDto {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string | null;
}

export class CirculateDto {
  @ApiPropertyOptional({ type: [String], description: '課長決裁の後に供覧する利用者名' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  viewers?: string[];
}

export class AddAttachmentDto {
  @ApiProperty({ example: '実施要領.pdf' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  @IsFileName()
  name: string;

  @ApiProperty({ example: 'application/pdf' })
  @Matches(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i, { message: 'MIME タイプの形式で指定してください' })
  mediaType: string;

  @ApiProperty({ description: 'ファイルの内容（Base64、700KB まで）' })
  @IsBase64Content()
  @MaxLength(1_000_000)
  contentBase64: string;
}

export class DispatchDto {
  @ApiProperty({ enum: DISPATCH_METHODS, description: '施行の方法（電子・郵送・手交・掲示・なし）' })
  @IsIn(DISPATCH_METHODS)
  method: DispatchMethod;

  @ApiPropertyOptional({ nullable: true, example: 'みなとガス株式会社あて' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string | null;
}

export class RegisterReceivedDto {
  @ApiProperty({ example: '道路占用に関する照会について' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ description: '概要・本文（スキャンした PDF は添付ファイルで）' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(200_000)
  body?: string;

  @ApiProperty({ example: 'みなと県土木事務所' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  sender: string;

  @ApiPropertyOptional({ example: '港土第45号', description: '先方の文書番号' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(60)
  senderNumber?: string;

  @ApiProperty({ example: '2026-04-10' })
  @IsCalendarDate()
  receivedOn: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  recordFileId: number;

  @ApiProperty({ enum: DISCLOSURE_CLASSES })
  @IsIn(DISCLOSURE_CLASSES)
  disclosure: DisclosureClass;
}

export class SearchQuery {
  @ApiPropertyOptional({ description: '全文（2文字以上）: 文書番号・件名・差出人・本文' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: '港総第12号' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  docNumber?: string;

  @ApiPropertyOptional({ description: '件名の一部' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  title?: string;

  @ApiPropertyOptional({ description: '課の ID' })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  unitId?: number;

  @ApiPropertyOptional({ enum: ['draft', 'received'] })
  @IsOptional()
  @IsIn(['draft', 'received'])
  kind?: DocumentKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['editing', 'registered', 'inRoute', 'decided', 'rejected', 'circulated', 'disposed'])
  status?: DocumentStatus;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: 自分が起案し、まだ作成中・回議中のものだけ（ほかの条件と組み合わせられます）',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'true か false を指定してください' })
  mine?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  recordFileId?: number;

  @ApiPropertyOptional({ example: '2026-04-01', description: '起案日（から）' })
  @IsOptional()
  @IsCalendarDate()
  draftedFrom?: string;

  @ApiPropertyOptional({ example: '2027-03-31', description: '起案日（まで）' })
  @IsOptional()
  @IsCalendarDate()
  draftedTo?: string;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset?: number;
}

export class NumberingSettingDto {
  @ApiProperty({ enum: NUMBERING_MOMENTS, description: '文書番号を付ける時点（起案時・決裁時）' })
  @IsIn(NUMBERING_MOMENTS)
  numberingAt: NumberingMoment;
}
