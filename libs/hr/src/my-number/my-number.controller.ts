import { Body, Controller, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Access } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { MyNumberService } from './my-number.service';

class MyNumberDto {
  @ApiProperty({ example: '123456789018' })
  @IsString()
  @MaxLength(12)
  myNumber: string;
}

/** Staff 個人番号: the mynumber surface, so only the mynumber listener (with TOTP) serves it. */
@ApiTags('mynumber')
@Controller('api/mynumber/staff')
export class MyNumberController {
  constructor(private readonly myNumbers: MyNumberService) {}

  @Get(':staffId')
  @Access('mynumber', 'mynumber.read')
  async get(@Param('staffId', IdPipe) staffId: number) {
    return { staffId, myNumber: await this.myNumbers.get(staffId) };
  }

  @Put(':staffId')
  @HttpCode(204)
  @Access('mynumber', 'mynumber.read', 'hr.manage')
  async set(@Param('staffId', IdPipe) staffId: number, @Body() body: MyNumberDto) {
    await this.myNumbers.set(staffId, body.myNumber);
  }
}
