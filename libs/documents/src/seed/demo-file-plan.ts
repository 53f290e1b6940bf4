import type { EntityManager } from 'typeorm';
import { OrgUnit } from '@ringi/hr';
import { FileCategory } from '../file-plan/file-category.entity';
import { RecordFile } from '../file-plan/record-file.entity';
import { retentionSpan, type EndAction, type RetentionPeriod } from '../records/retention';

export interface SeedRecordFile {
  unitCode: string;
  categoryCode: string;
  title: string;
  fiscalYear: number;
  retention: RetentionPeriod;
  endAction: EndAction;
  /** Set for a file already completed (closed), so its retention runs. */
  completedOn?: string;
}

export interface SeedFilePlan {
  categories: Array<{ code: string; name: string }>;
  recordFiles: SeedRecordFile[];
}

/** みなと市's ファイル基準表 (excerpt): this year's files of a few sections, and an old file due for disposal. */
export const DEMO_FILE_PLAN: SeedFilePlan = {
  categories: [
    { code: '01', name: '総務・文書' },
    { code: '02', name: '人事・給与' },
    { code: '03', name: '財政・会計' },
    { code: '04', name: '道路・建設' },
  ],
  recordFiles: [
    {
      unitCode: 'soumu-ka',
      categoryCode: '01',
      title: '庁内通知・照会',
      fiscalYear: 2026,
      retention: 1,
      endAction: 'dispose',
    },
    {
      unitCode: 'soumu-ka',
      categoryCode: '01',
      title: '文書管理・研修',
      fiscalYear: 2026,
      retention: 5,
      endAction: 'dispose',
    },
    {
      unitCode: 'soumu-ka',
      categoryCode: '01',
      title: '例規・告示',
      fiscalYear: 2026,
      retention: 'permanent',
      endAction: 'transfer',
    },
    {
      unitCode: 'jinji-ka',
      categoryCode: '02',
      title: '職員研修',
      fiscalYear: 2026,
      retention: 5,
      endAction: 'dispose',
    },
    {
      unitCode: 'zaisei-ka',
      categoryCode: '03',
      title: '予算編成',
      fiscalYear: 2026,
      retention: 10,
      endAction: 'transfer',
    },
    {
      unitCode: 'doro-ka',
      categoryCode: '04',
      title: '道路占用許可',
      fiscalYear: 2026,
      retention: 5,
      endAction: 'dispose',
    },
    {
      unitCode: 'soumu-ka',
      categoryCode: '01',
      title: '庁内通知・照会（令和元年度）',
      fiscalYear: 2019,
      retention: 1,
      endAction: 'dispose',
      completedOn: '2020-03-31',
    },
  ],
};

/** Loads the file plan once (a city that already has categories keeps its own). */
export async function seedFilePlan(em: EntityManager, plan: SeedFilePlan): Promise<void> {
  if ((await em.count(FileCategory)) > 0) return;
  const now = new Date();
  const categoryIds = new Map<string, number>();
  for (const [i, category] of plan.categories.entries()) {
    const row = em.create(FileCategory, { ...category, sortOrder: i + 1, createdAt: now });
    await em.insert(FileCategory, row);
    categoryIds.set(category.code, row.id);
  }
  for (const file of plan.recordFiles) {
    const unit = await em.findOneByOrFail(OrgUnit, { code: file.unitCode });
    await em.insert(RecordFile, {
      categoryId: categoryIds.get(file.categoryCode)!,
      unitId: unit.id,
      title: file.title,
      fiscalYear: file.fiscalYear,
      retention: String(file.retention),
      endAction: file.endAction,
      status: file.completedOn ? 'completed' : 'open',
      completedOn: file.completedOn ?? null,
      retentionEndsOn: file.completedOn ? retentionSpan(file.completedOn, file.retention).to : null,
      disposalId: null,
      createdAt: now,
    });
  }
}
