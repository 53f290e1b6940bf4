import { Injectable } from '@nestjs/common';

/** Turns a business key into the path of the screen that shows the business object; null when it has none. */
export type BusinessLinkBuilder = (businessKey: string) => string | null;

interface Registration {
  businessType: string;
  /** Only cases of these processes; any process when omitted. */
  processKeys: readonly string[] | null;
  build: BusinessLinkBuilder;
}

/** The parts of a case a link is chosen by. */
export interface LinkedCase {
  processKey: string;
  businessType: string | null;
  businessKey: string;
}

/**
 * Where the business object of a case lives (the draft, the permit application, …): each module registers
 * its business types, and task detail links to the object without the workflow knowing the modules. A module
 * whose business types are shared with others (a commitment's kind, e.g. goods, is also a purchase request's)
 * names its processes too; a registration for the case's process wins over one for any process.
 */
@Injectable()
export class BusinessLinks {
  private readonly registrations: Registration[] = [];

  register(businessType: string, build: BusinessLinkBuilder, options: { processKeys?: readonly string[] } = {}): void {
    this.registrations.push({ businessType, processKeys: options.processKeys ?? null, build });
  }

  linkOf(kase: LinkedCase): string | null {
    const candidates = this.registrations.filter((r) => r.businessType === kase.businessType);
    const chosen =
      candidates.find((r) => r.processKeys?.includes(kase.processKey)) ??
      candidates.find((r) => r.processKeys === null);
    return chosen ? chosen.build(kase.businessKey) : null;
  }
}
