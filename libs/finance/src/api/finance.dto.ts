import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ACCOUNT_TYPES } from '../domain/bank-account';
import { COMMITMENT_KINDS, type CommitmentKind } from '../domain/commitment-kinds';
import type { CommitmentStatus } from '../commitments/commitment.entity';
import type { PaymentOrderStatus } from '../payment-orders/payment-order.entity';
import { IsCalendarDate, OptionalNotNull, QueryBoolean, QueryInt } from '@ringi/hr';
import { FINANCE_ATTACHMENT_KINDS } from '../attachments/finance-attachment.service';
import { IsNonZeroYen, IsPositiveYen, IsYenOrZero } from './validators';

export class CreateBudgetLineDto {
  @ApiProperty({ example: 2026, description: '年度（開始年の西暦）' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @ApiProperty({ description: '課の組織ID' })
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiProperty({ example: '02.01.01.11', description: '款・項・目・節のコード' })
  @IsString()
  @Matches(/^\d{1,3}(\.\d{1,3}){3}$/, {
    message: '科目コードは 02.01.01.11 のように款・項・目・節の番号で入力してください',
  })
  code: string;

  @ApiProperty({ example: '総務費' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  kan: string;

  @ApiProperty({ example: '総務管理費' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  kou: string;

  @ApiProperty({ example: '一般管理費' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  moku: string;

  @ApiProperty({ example: '需用費' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  setsu: string;

  @ApiProperty({ example: 1200000, description: '当初予算額（円）' })
  @IsYenOrZero()
  initialAmount: number;
}

export class SupplementDto {
  @ApiProperty({ example: 300000, description: '補正額（円、減額補正はマイナス）' })
  @IsNonZeroYen()
  amount: number;

  @ApiProperty({ example: '6月補正予算（第1号）' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reason: string;
}

export class BudgetLineQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  fiscalYear?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  unitId?: number;
}

export class CreateBudgetTransferDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  fromLineId: number;

  @ApiProperty()
  @IsInt()
  @Min(1)
  toLineId: number;

  @ApiProperty({ example: 100000 })
  @IsPositiveYen()
  amount: number;

  @ApiProperty({ example: '消耗品の不足のため' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reason: string;
}

export class CreatePayeeDto {
  @ApiProperty({ example: '株式会社みなと商事' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: 'みなと市本町1-2-3' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address: string;

  @ApiProperty({ example: '0001', description: '金融機関コード（4桁）' })
  @IsString()
  bankCode: string;

  @ApiPropertyOptional({ example: 'ミズホ' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  bankNameKana?: string;

  @ApiProperty({ example: '123', description: '支店コード（3桁）' })
  @IsString()
  branchCode: string;

  @ApiPropertyOptional({ example: 'ミナト' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  branchNameKana?: string;

  @ApiProperty({ enum: ACCOUNT_TYPES, description: 'ordinary 普通 / current 当座' })
  @IsString()
  accountType: string;

  @ApiProperty({ example: '1234567', description: '口座番号（7桁）' })
  @IsString()
  accountNumber: string;

  @ApiProperty({ example: 'カ）ミナトシヨウジ', description: '口座名義（カナ、全角・半角どちらでも）' })
  @IsString()
  @MaxLength(60)
  holderKana: string;
}

export class PayeeQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;
}

export class CreateCommitmentDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  budgetLineId: number;

  @ApiProperty()
  @IsInt()
  @Min(1)
  payeeId: number;

  @ApiProperty({ enum: COMMITMENT_KINDS })
  @IsIn(COMMITMENT_KINDS)
  kind: CommitmentKind;

  @ApiProperty({ example: 500000 })
  @IsPositiveYen()
  amount: number;

  @ApiProperty({ example: 'コピー用紙 A4 100箱' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(400)
  description: string;
}

/** Changes to a draft; the fields left out stay as they are. */
export class UpdateCommitmentDto {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  budgetLineId?: number;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  payeeId?: number;

  @ApiPropertyOptional({ enum: COMMITMENT_KINDS })
  @OptionalNotNull()
  @IsIn(COMMITMENT_KINDS)
  kind?: CommitmentKind;

  @ApiPropertyOptional({ example: 500000 })
  @OptionalNotNull()
  @IsPositiveYen()
  amount?: number;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(400)
  description?: string;
}

export class CommitmentQuery {
  @ApiPropertyOptional({ description: 'true: 自分が起案したものだけ' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ enum: ['draft', 'submitted', 'decided', 'rejected', 'withdrawn'] })
  @IsOptional()
  @IsIn(['draft', 'submitted', 'decided', 'rejected', 'withdrawn'])
  status?: CommitmentStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  budgetLineId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  payeeId?: number;
}

export class WithdrawCommentDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class CommitmentCorrectionDto {
  @ApiProperty({ example: 450000, description: '更正後の金額（円）' })
  @IsPositiveYen()
  amount: number;

  @ApiProperty({ example: '数量変更による減額' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reason: string;
}

export class CreatePaymentOrderDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  commitmentId: number;

  @ApiPropertyOptional({ enum: ['ordinary', 'advance'], description: 'ordinary 通常払 / advance 概算払' })
  @IsOptional()
  @IsIn(['ordinary', 'advance'])
  kind?: 'ordinary' | 'advance';

  @ApiProperty({ example: 250000 })
  @IsPositiveYen()
  amount: number;

  @ApiProperty({ example: '2026-05-01', description: '適正な請求書を受け付けた日' })
  @IsCalendarDate()
  invoiceDate: string;

  @ApiProperty({ example: '2026-05-29' })
  @IsCalendarDate()
  dueDate: string;
}

/** Corrections to an order the 会計室 sent back; the fields left out stay as they are. */
export class UpdatePaymentOrderDto {
  @ApiPropertyOptional({ example: 250000 })
  @OptionalNotNull()
  @IsPositiveYen()
  amount?: number;

  @ApiPropertyOptional({ example: '2026-05-01' })
  @OptionalNotNull()
  @IsCalendarDate()
  invoiceDate?: string;

  @ApiPropertyOptional({ example: '2026-05-29' })
  @OptionalNotNull()
  @IsCalendarDate()
  dueDate?: string;
}

export class SettleDto {
  @ApiProperty({ example: 80000, description: '精算額（実際の支出額、円）' })
  @IsPositiveYen()
  actualAmount: number;

  @ApiProperty({ example: '2026-06-01' })
  @IsCalendarDate()
  invoiceDate: string;

  @ApiProperty({ example: '2026-06-20' })
  @IsCalendarDate()
  dueDate: string;
}

export class PaymentOrderQuery {
  @ApiPropertyOptional({ enum: ['examining', 'sentBack', 'approved', 'paid', 'rejected', 'withdrawn'] })
  @IsOptional()
  @IsIn(['examining', 'sentBack', 'approved', 'paid', 'rejected', 'withdrawn'])
  status?: PaymentOrderStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  commitmentId?: number;

  @ApiPropertyOptional({ description: 'true: 支払期限の警告があるものだけ' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  deadlineWarning?: boolean;
}

export class TransferRunDto {
  @ApiProperty({ example: '2026-05-29', description: '振込日' })
  @IsCalendarDate()
  transferDate: string;
}

export class ReportQuery {
  @ApiProperty({ example: 2026 })
  @QueryInt()
  @IsInt()
  fiscalYear: number;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  unitId?: number;

  @ApiPropertyOptional({ enum: ['json', 'csv'] })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';

  @ApiPropertyOptional({ enum: ['utf-8', 'shift_jis'], description: 'CSV の文字コード（既定は BOM 付き UTF-8）' })
  @IsOptional()
  @IsIn(['utf-8', 'shift_jis'])
  encoding?: 'utf-8' | 'shift_jis';
}

export class UploadFinanceAttachmentDto {
  @ApiProperty({ enum: FINANCE_ATTACHMENT_KINDS, example: '見積書' })
  @IsString()
  @MaxLength(16)
  attachmentKind: string;
}

/** The designated bank's settings; the service checks digits, kana and widths field by field. */
export class DesignatedBankDto {
  @ApiProperty({ example: '0000012345', description: '依頼人コード（委託者コード、半角数字10桁）' })
  @IsString()
  @MaxLength(20)
  requesterCode: string;

  @ApiProperty({ example: 'ミナトシ カイケイカンリシヤ', description: '依頼人名（カナ、半角40文字以内）' })
  @IsString()
  @MaxLength(80)
  nameKana: string;

  @ApiProperty({ example: '0158', description: '金融機関コード（4桁）' })
  @IsString()
  @MaxLength(10)
  bankCode: string;

  @ApiProperty({ example: 'ミナトギンコウ', description: '金融機関名（カナ、半角15文字以内）' })
  @IsString()
  @MaxLength(40)
  bankNameKana: string;

  @ApiProperty({ example: '001', description: '支店コード（3桁）' })
  @IsString()
  @MaxLength(10)
  branchCode: string;

  @ApiProperty({ example: 'シヤクシヨ', description: '支店名（カナ、半角15文字以内）' })
  @IsString()
  @MaxLength(40)
  branchNameKana: string;

  @ApiProperty({ enum: ACCOUNT_TYPES, description: 'ordinary 普通 / current 当座' })
  @IsString()
  @MaxLength(10)
  accountType: string;

  @ApiProperty({ example: '0000123', description: '口座番号（7桁）' })
  @IsString()
  @MaxLength(10)
  accountNumber: string;
}

export class RoutingQuery {
  @ApiProperty({ enum: COMMITMENT_KINDS })
  @IsIn(COMMITMENT_KINDS)
  kind: CommitmentKind;

  @ApiProperty({ example: 500000 })
  @QueryInt()
  @IsPositiveYen()
  amount: number;
}
