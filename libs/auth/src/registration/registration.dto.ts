import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class RegisterApplicantDto {
  @ApiProperty({ example: 'taro@example.jp', description: 'ログインに使うメールアドレス' })
  @IsString()
  @IsEmail({}, { message: 'メールアドレスの形式が正しくありません' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: '港 太郎', description: '氏名（法人の場合は担当者名）' })
  @IsString()
  @IsNotEmpty({ message: '氏名を入力してください' })
  @MaxLength(100)
  displayName: string;

  @ApiPropertyOptional({ example: 'みなと建設株式会社' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisationName?: string;

  @ApiProperty({ description: '12文字以上、英小文字・英大文字・数字・記号のうち3種類以上' })
  @IsString()
  @IsNotEmpty({ message: 'パスワードを入力してください' })
  @MaxLength(128)
  password: string;
}

export class ConfirmEmailDto {
  @ApiProperty({ description: '確認メールに記載されたトークン' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: '確認コードの形式が正しくありません' })
  token: string;
}
