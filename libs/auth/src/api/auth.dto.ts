import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'staff1' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  username: string;

  @ApiProperty({ example: 'Demo-pass-2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password: string;
}

export class MfaLoginDto {
  @ApiProperty({ description: 'challengeToken returned by POST /api/auth/login' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  challengeToken: string;

  @ApiPropertyOptional({ example: '123456' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/, { message: '6桁の数字で入力してください' })
  code?: string;

  @ApiPropertyOptional({ example: 'a1b2c-3d4e5' })
  @IsOptional()
  @IsString()
  @Length(11, 11)
  recoveryCode?: string;
}

export class MfaConfirmDto {
  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/, { message: '6桁の数字で入力してください' })
  code: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  currentPassword: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  newPassword: string;
}
