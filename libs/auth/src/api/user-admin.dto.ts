import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ROLES, type Role } from '../access/permissions';

export class RoleGrantDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ description: 'org unit whose subtree the role covers; omit for the whole city' })
  @IsOptional()
  @IsInt()
  @Min(1)
  scopeUnitId?: number | null;
}

export class CreateStaffAccountDto {
  @ApiProperty({ example: 'tanaka.h' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{1,62}$/, { message: '英小文字・数字・「.」「_」「-」で2〜63文字にしてください' })
  username: string;

  @ApiProperty({ example: '田中 花子' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ description: 'HR staff record this account belongs to' })
  @IsOptional()
  @IsInt()
  @Min(1)
  staffId?: number;

  @ApiProperty()
  @IsString()
  @MaxLength(128)
  password: string;

  @ApiPropertyOptional({ type: [RoleGrantDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles?: RoleGrantDto[];
}

export class UpdateAccountDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ReplaceRolesDto {
  @ApiProperty({ type: [RoleGrantDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles: RoleGrantDto[];
}

export class ResetPasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(128)
  newPassword: string;
}

export class ListAccountsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['staff', 'applicant'] })
  @IsOptional()
  @IsIn(['staff', 'applicant'])
  kind?: 'staff' | 'applicant';
}
