import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsInstant, NotBlank, OptionalNotNull, QueryInt } from './validators';

export class CreateAbsenceDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  staffId: number;

  @ApiProperty({ example: '2026-04-10T08:30:00+09:00' })
  @IsInstant()
  from: string;

  @ApiProperty({ example: '2026-04-10T17:15:00+09:00', description: 'この時刻を含まない' })
  @IsInstant()
  to: string;

  @ApiProperty({ example: '出張（県庁）' })
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(200)
  reason: string;
}

export class UpdateAbsenceDto {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxLength(200)
  reason?: string;
}

export class AbsenceQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  staffId?: number;

  @ApiPropertyOptional({ description: 'この日時より後に終わる不在' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'この日時より前に始まる不在' })
  @IsOptional()
  @IsInstant()
  to?: string;
}
