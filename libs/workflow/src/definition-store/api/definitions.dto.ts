import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class DeployQuery {
  @ApiPropertyOptional({ description: '登録した版をすぐに有効にする（最初の版は常に有効）' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  activate?: boolean;
}
