import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { DesignatedBankService } from '../settings/designated-bank.service';
import { DesignatedBankDto } from './finance.dto';

/** The 会計室's settings: the designated bank (指定金融機関) every transfer file names as requester. */
@ApiTags('finance: settings')
@Controller('api/finance/designated-bank')
export class SettingsController {
  constructor(private readonly designatedBank: DesignatedBankService) {}

  /** The settings, or null before the 会計室 has entered them. */
  @Get()
  @Access('business', 'finance.examine')
  async get() {
    return { designatedBank: await this.designatedBank.get() };
  }

  @Put()
  @Access('business', 'finance.examine')
  save(@Body() body: DesignatedBankDto, @CurrentPrincipal() principal: Principal) {
    return this.designatedBank.save(body, principal);
  }
}
