import { Global, Module } from '@nestjs/common';
import { AuditTrail } from './audit-trail.service';

/** The audit trail, injectable everywhere: every decision-bearing action records itself. */
@Global()
@Module({ providers: [AuditTrail], exports: [AuditTrail] })
export class AuditModule {}
