import type { EntityManager } from 'typeorm';
import { PermitCategory } from '../categories/permit-category.entity';
import { PermitFeeAreaTable } from '../fee-areas/fee-area-table.entity';
import { PermitFeeTable } from '../fee-tables/fee-table.entity';
import { PermitConditionTemplate } from '../review/condition-template.entity';
import { DEMO_CATEGORIES } from './demo-categories';
import { DEMO_CONDITION_TEMPLATES } from './demo-condition-templates';
import { DEMO_FEE_AREAS } from './demo-fee-areas';
import { DEMO_FEE_TABLE } from './demo-fee-table';

/** The demo city's permit data: the 占用料 table, the 級地 areas, the categories and the 許可条件 templates. Idempotent. */
export async function seedPermitDemo(em: EntityManager): Promise<void> {
  if (!(await em.existsBy(PermitFeeTable, { version: DEMO_FEE_TABLE.version }))) {
    await em.insert(PermitFeeTable, {
      version: DEMO_FEE_TABLE.version,
      effectiveFrom: DEMO_FEE_TABLE.effectiveFrom,
      rules: JSON.stringify(DEMO_FEE_TABLE.rules),
      prices: JSON.stringify(DEMO_FEE_TABLE.prices),
      createdAt: new Date(),
      createdByUserId: null,
    });
  }
  if (!(await em.existsBy(PermitFeeAreaTable, { version: DEMO_FEE_AREAS.version }))) {
    await em.insert(PermitFeeAreaTable, {
      version: DEMO_FEE_AREAS.version,
      effectiveFrom: DEMO_FEE_AREAS.effectiveFrom,
      defaultDistrict: DEMO_FEE_AREAS.defaultDistrict,
      areas: JSON.stringify(DEMO_FEE_AREAS.areas),
      createdAt: new Date(),
      createdByUserId: null,
    });
  }
  for (const template of DEMO_CONDITION_TEMPLATES) {
    if (await em.existsBy(PermitConditionTemplate, { code: template.code })) continue;
    await em.insert(PermitConditionTemplate, {
      ...template,
      categoryCodes: template.categoryCodes ? JSON.stringify(template.categoryCodes) : null,
      active: true,
    });
  }
  for (const category of DEMO_CATEGORIES) {
    if (await em.existsBy(PermitCategory, { code: category.code })) continue;
    await em.insert(PermitCategory, { code: category.code, definition: JSON.stringify(category), active: true });
  }
}
