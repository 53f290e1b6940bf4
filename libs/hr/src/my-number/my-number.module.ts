import { Module } from '@nestjs/common';
import { MyNumberController } from './my-number.controller';
import { MyNumberService } from './my-number.service';

@Module({ controllers: [MyNumberController], providers: [MyNumberService] })
export class MyNumberModule {}
