import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  IsCalendarDate,
  IsEmployeeNo,
  IsKatakana,
  NotBlank,
  OptionalNotNull,
  QueryBoolean,
  QueryInt,
} from './validators';

export class CreateStaffDto {
  @ApiProperty({ example: '100123', description: '職員番号' })
  @IsString()
  @IsEmployeeNo()
  employeeNo: string;

  @ApiProperty({ example: '山田' })
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(50)
  familyName: string;

  @ApiProperty({ example: '太郎' })
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(50)
  givenName: string;

  @ApiProperty({ example: 'ヤマダ' })
  @IsString()
  @IsKatakana()
  @MaxLength(100)
  familyNameKana: string;

  @ApiProperty({ example: 'タロウ' })
  @IsString()
  @IsKatakana()
  @MaxLength(100)
  givenNameKana: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateStaffDto {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @IsEmployeeNo()
  employeeNo?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(50)
  familyName?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(50)
  givenName?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @IsKatakana()
  @MaxLength(100)
  familyNameKana?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @IsKatakana()
  @MaxLength(100)
  givenNameKana?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

export class StaffQuery {
  @ApiPropertyOptional({ description: '職員番号・氏名・カナ（空白区切りで AND）' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'この組織に配置されている職員（兼務を含む）' })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  unitId?: number;

  @ApiPropertyOptional({ description: 'unitId の下位組織も含める' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  subtree?: boolean;

  @ApiPropertyOptional({ example: '2026-04-01', description: '基準日（省略時は本日）' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  includeInactive?: boolean;

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
  @Max(1_000_000)
  offset?: number;
}
