import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsInstant, IsOrgCode, NotBlank, QueryInt } from '../../organisation/api/validators';
import { LEAVE_UNITS } from '../leave/leave-kinds';
import { PATTERN_KINDS, type PatternKind } from '../patterns/work-pattern';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIME_MESSAGE = { message: '時刻は HH:MM（24時間制）で指定してください' };
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class BreakDto {
  @ApiProperty({ example: '12:00' })
  @Matches(TIME, TIME_MESSAGE)
  from: string;

  @ApiProperty({ example: '13:00' })
  @Matches(TIME, TIME_MESSAGE)
  to: string;
}

export class CreatePatternDto {
  @ApiProperty({ example: 'fy-3days-5h' })
  @IsOrgCode()
  code: string;

  @ApiProperty({ example: '会計年度任用職員（週3日・9:00〜15:00）' })
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: PATTERN_KINDS, description: 'nightShift = 夜勤（日をまたぐ交替制勤務）' })
  @IsIn(PATTERN_KINDS)
  kind: PatternKind;

  @ApiProperty({ example: '09:00' })
  @Matches(TIME, TIME_MESSAGE)
  startTime: string;

  @ApiProperty({ example: '15:00' })
  @Matches(TIME, TIME_MESSAGE)
  endTime: string;

  @ApiProperty({ type: [BreakDto] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(4)
  @Type(() => BreakDto)
  breaks: BreakDto[];

  @ApiProperty({ example: '135', description: '勤務する曜日（1=月〜7=日）' })
  @IsString()
  workDays: string;
}

export class AssignPatternDto {
  @ApiProperty({ example: 'regular' })
  @IsString()
  @IsNotEmpty()
  patternCode: string;

  @ApiProperty({ example: '2026-04-01' })
  @IsCalendarDate()
  startDate: string;
}

export class ProfileDto {
  @ApiProperty({ enum: ['regular', 'fiscalYear'] })
  @IsIn(['regular', 'fiscalYear'])
  employment: 'regular' | 'fiscalYear';

  @ApiProperty({ example: '2020-04-01', description: '継続勤務の開始日（休暇の付与の起算日）' })
  @IsCalendarDate()
  serviceStartDate: string;

  @ApiPropertyOptional({ example: '0123456789ABCDEF', description: 'ICカードの識別子（IDm 等）' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{4,64}$/, { message: 'カードIDは英数字と「-」の4〜64文字で指定してください' })
  cardId?: string | null;
}

export class DesignationDto {
  @ApiProperty({ enum: ['normal', 'otherDirected'], description: 'otherDirected = 他律的業務の指定' })
  @IsIn(['normal', 'otherDirected'])
  designation: 'normal' | 'otherDirected';
}

export class CardPunchDto {
  @ApiProperty({ example: '0123456789ABCDEF' })
  @Matches(/^[0-9A-Za-z-]{4,64}$/, { message: 'カードIDは英数字と「-」の4〜64文字で指定してください' })
  cardId: string;
}

export class DayTimesDto {
  @ApiPropertyOptional({ example: '2026-04-06T08:25:00+09:00', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInstant()
  clockInAt?: string | null;

  @ApiPropertyOptional({ example: '2026-04-06T17:20:00+09:00', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInstant()
  clockOutAt?: string | null;
}

export class HrDayDto extends DayTimesDto {
  @ApiPropertyOptional({ description: '締め済みの月を変更するときは必須（監査記録に残ります）' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  reason?: string;
}

export class CorrectionDto {
  @ApiProperty({ example: '2026-04-06' })
  @IsCalendarDate()
  workDate: string;

  @ApiPropertyOptional({ example: '2026-04-06T08:25:00+09:00' })
  @IsOptional()
  @IsInstant()
  clockInAt?: string;

  @ApiPropertyOptional({ example: '2026-04-06T17:20:00+09:00' })
  @IsOptional()
  @IsInstant()
  clockOutAt?: string;

  @ApiProperty({ example: '退勤の打刻を忘れたため' })
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(200)
  reason: string;
}

export class LeaveRequestDto {
  @ApiProperty({ example: 'annual' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  kindCode: string;

  @ApiProperty({ enum: LEAVE_UNITS })
  @IsIn(LEAVE_UNITS)
  unit: 'day' | 'halfDay' | 'hour';

  @ApiProperty({ example: '2026-04-10' })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({ example: '2026-04-10' })
  @IsCalendarDate()
  endDate: string;

  @ApiPropertyOptional({ enum: ['am', 'pm'], description: '半日休暇の午前・午後' })
  @IsOptional()
  @IsIn(['am', 'pm'])
  half?: 'am' | 'pm';

  @ApiPropertyOptional({ example: '15:15', description: '時間休の開始時刻' })
  @IsOptional()
  @Matches(TIME, TIME_MESSAGE)
  startTime?: string;

  @ApiPropertyOptional({ example: 2, description: '時間休の時間数' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(23)
  hours?: number;

  @ApiProperty({ example: '私用のため' })
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(200)
  reason: string;
}

export class OvertimeOrderDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  staffId: number;

  @ApiProperty({ example: '2026-04-06' })
  @IsCalendarDate()
  workDate: string;

  @ApiProperty({ example: 120, description: '命令する時間外勤務（分）' })
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  plannedMinutes: number;

  @ApiProperty({ example: '議会答弁資料の作成' })
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(200)
  task: string;

  @ApiPropertyOptional({ description: '上限を超える場合の理由（課長の承認に回ります）' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  excessReason?: string;
}

export class OvertimeAssessmentQuery {
  @ApiProperty()
  @QueryInt()
  @IsInt()
  @Min(1)
  staffId: number;

  @ApiProperty({ example: '2026-04-06' })
  @IsCalendarDate()
  workDate: string;

  @ApiProperty({ example: 120, description: '命令しようとする時間外勤務（分）' })
  @QueryInt()
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  minutes: number;
}

export class ConfirmOvertimeDto {
  @ApiProperty({ example: 90, description: '確認した時間外勤務の実績（分）' })
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  minutes: number;
}

export class ReopenMonthDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  staffId: number;

  @ApiProperty({ example: '給与計算後に判明した打刻誤りの訂正のため' })
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(400)
  reason: string;
}

export class StaffMonthQuery {
  @ApiPropertyOptional({ description: '省略時は自分' })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  staffId?: number;
}

export class StaffMonthListQuery extends StaffMonthQuery {
  @ApiProperty({ example: '2026-04' })
  @Matches(MONTH, { message: '年月は YYYY-MM の形式で指定してください' })
  month: string;
}

export class BalanceQuery extends StaffMonthQuery {
  @ApiPropertyOptional({ example: '2026-04-01', description: '省略時は今日' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class PayrollQuery {
  @ApiPropertyOptional({ enum: ['utf-8', 'shift_jis'] })
  @IsOptional()
  @IsIn(['utf-8', 'shift_jis'])
  encoding?: 'utf-8' | 'shift_jis';
}
