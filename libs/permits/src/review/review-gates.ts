import { Injectable, type OnModuleInit } from '@nestjs/common';
import { UnprocessableError } from '@ringi/platform';
import { WorkflowEvents } from '@ringi/workflow';
import { PERMIT_PROCESS_KEY } from '../applications/application.service';
import { PermitApplication } from '../applications/permit-application.entity';
import { CategoryService } from '../categories/category.service';
import { uncheckedRequired, type ChecklistMarks } from './checklist';
import { fromJson } from './review-records';

/**
 * What must be on the case before its review steps may be approved: every required checklist item before 審査
 * sends it on to 決裁, and the police's answer before 警察協議 completes. Refusing here (422) rolls the
 * workflow action back, so the step stays open.
 */
@Injectable()
export class ReviewGates implements OnModuleInit {
  constructor(
    private readonly events: WorkflowEvents,
    private readonly categories: CategoryService,
  ) {}

  onModuleInit(): void {
    this.events.on(
      'task.completed',
      async ({ instance, task, outcome }, em) => {
        if (outcome !== 'approved') return;
        const row = await em.findOneBy(PermitApplication, { instanceId: instance.id });
        if (!row) return;
        if (task.elementId === 'review') {
          const category = await this.categories.byCode(row.categoryCode);
          const missing = uncheckedRequired(category, fromJson<ChecklistMarks>(row.checklist) ?? {});
          if (missing.length > 0) {
            throw new UnprocessableError('審査チェックリストの必須項目が確認されていません。', [
              { field: 'checklist', messages: missing.map((label) => `未確認: ${label}`) },
            ]);
          }
        }
        if (task.elementId === 'police' && !row.policeResult) {
          throw new UnprocessableError('警察との協議（道路使用許可協議）の結果を記録してから完了してください。', [
            { field: 'policeResult', messages: ['協議日・結果・文書番号を記録してください'] },
          ]);
        }
      },
      { processKeys: [PERMIT_PROCESS_KEY] },
    );
  }
}
