import { Injectable } from '@nestjs/common';

/** Turns a business key into the path of the screen that shows the business object. */
export type BusinessLinkBuilder = (businessKey: string) => string;

/**
 * Where the business object of a case lives (the draft, the permit application, …): each module registers
 * its business types, and task detail links to the object without the workflow knowing the modules.
 */
@Injectable()
export class BusinessLinks {
  private readonly builders = new Map<string, BusinessLinkBuilder>();

  register(businessType: string, build: BusinessLinkBuilder): void {
    this.builders.set(businessType, build);
  }

  linkOf(businessType: string | null, businessKey: string): string | null {
    const build = businessType === null ? undefined : this.builders.get(businessType);
    return build ? build(businessKey) : null;
  }
}
