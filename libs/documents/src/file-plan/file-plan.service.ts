import { Injectable } from '@nestjs/common';
import { LessThan, type FindOptionsWhere } from 'typeorm';
import { AuditTrail } from '@ringi/auth';
import { OrganisationService } from '@ringi/hr';
import { Clock, ConflictError, InvalidInputError, NotFoundError, Transactions } from '@ringi/platform';
import { retentionSpan, type EndAction, type RetentionPeriod } from '../records/retention';
import { FileCategory } from './file-category.entity';
import { RecordFile, type RecordFileStatus } from './record-file.entity';

export interface CategoryInput {
  code: string;
  name: string;
  sortOrder?: number;
}

export interface RecordFileInput {
  categoryId: number;
  unitId: number;
  title: string;
  fiscalYear: number;
  retention: RetentionPeriod;
  endAction: EndAction;
}

export const recordFileNotFound = (id: number) => new NotFoundError(`簿冊（ID ${id}）が見つかりません。`);

/** The file plan (ファイル基準表) the records section keeps: categories and the record files (簿冊) of sections. */
@Injectable()
export class FilePlanService {
  constructor(
    private readonly transactions: Transactions,
    private readonly organisation: OrganisationService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  categories(): Promise<FileCategory[]> {
    return this.transactions.run((em) => em.find(FileCategory, { order: { sortOrder: 'ASC', id: 'ASC' } }));
  }

  createCategory(input: CategoryInput): Promise<FileCategory> {
    return this.transactions.run(async (em) => {
      if (await em.existsBy(FileCategory, { code: input.code })) {
        throw new ConflictError(`分類コード「${input.code}」はすでにあります。`);
      }
      const category = em.create(FileCategory, {
        ...input,
        sortOrder: input.sortOrder ?? 0,
        createdAt: this.clock.now(),
      });
      await em.insert(FileCategory, category);
      await this.audit.record({
        action: 'documents.category.created',
        targetType: 'fileCategory',
        targetId: category.id,
      });
      return category;
    });
  }

  recordFiles(filter: { unitId?: number; fiscalYear?: number; status?: RecordFileStatus }): Promise<RecordFile[]> {
    return this.transactions.run((em) =>
      em.find(RecordFile, { where: filter as FindOptionsWhere<RecordFile>, order: { id: 'ASC' }, take: 1000 }),
    );
  }

  createRecordFile(input: RecordFileInput): Promise<RecordFile> {
    return this.transactions.run(async (em) => {
      if (!(await em.existsBy(FileCategory, { id: input.categoryId }))) {
        throw new InvalidInputError('入力内容に誤りがあります。', [
          { field: 'categoryId', messages: [`分類（ID ${input.categoryId}）はありません`] },
        ]);
      }
      const unit = await this.organisation.getUnit(input.unitId);
      if (!unit.docSymbol) {
        throw new InvalidInputError('入力内容に誤りがあります。', [
          { field: 'unitId', messages: ['簿冊は文書記号のある課に置きます'] },
        ]);
      }
      const file = em.create(RecordFile, {
        ...input,
        retention: String(input.retention),
        status: 'open',
        completedOn: null,
        retentionEndsOn: null,
        disposalId: null,
        createdAt: this.clock.now(),
      });
      await em.insert(RecordFile, file);
      await this.audit.record({
        action: 'documents.recordFile.created',
        targetType: 'recordFile',
        targetId: file.id,
        detail: { title: file.title, retention: file.retention, endAction: file.endAction },
      });
      return file;
    });
  }

  /** 完結: no more documents are filed; retention runs from 1 April after the 年度 of completion. */
  complete(id: number, completedOn: string): Promise<RecordFile> {
    return this.transactions.run(async (em) => {
      const file = await em.findOne(RecordFile, { where: { id }, ...this.transactions.lock });
      if (!file) throw recordFileNotFound(id);
      if (file.status !== 'open') throw new ConflictError('この簿冊はすでに完結しています。');
      const span = retentionSpan(completedOn, periodOf(file));
      await em.update(RecordFile, { id }, { status: 'completed', completedOn, retentionEndsOn: span.to });
      await this.audit.record({
        action: 'documents.recordFile.completed',
        targetType: 'recordFile',
        targetId: id,
        detail: { completedOn, retentionFrom: span.from, retentionTo: span.to },
      });
      return { ...file, status: 'completed', completedOn, retentionEndsOn: span.to };
    });
  }

  /**
   * The yearly retention run: completed files whose retention ended before `today`. Permanent files have no end
   * and are never listed; files already in a disposal are listed with it.
   */
  retentionEnded(today: string = this.organisation.today()): Promise<RecordFile[]> {
    return this.transactions.run((em) =>
      em.find(RecordFile, {
        where: { status: 'completed', retentionEndsOn: LessThan(today) },
        order: { retentionEndsOn: 'ASC', id: 'ASC' },
      }),
    );
  }
}

export function periodOf(file: RecordFile): RetentionPeriod {
  return file.retention === 'permanent' ? 'permanent' : (Number(file.retention) as RetentionPeriod);
}
