import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { UserAccount } from '@ringi/auth';
import { OrganisationService, jstDateOf } from '@ringi/hr';
import { ConflictError, warekiDate } from '@ringi/platform';
import { Attachment } from '../attachments/attachment.entity';
import type { CityDocument } from '../documents/city-document.entity';
import { DECISION_CLASS_LABELS, DISCLOSURE_LABELS } from '../documents/document-classes';
import { DocumentRoute } from '../documents/document-route';
import { RecordFile } from '../file-plan/record-file.entity';
import type { DecidedDocumentFacts, StampBox } from './decided-document-pdf';

const END_ACTIONS: Record<string, string> = { dispose: '廃棄', transfer: '移管' };

/** Gathers what the decided document's PDF shows: its particulars and the 決裁欄 with each actor's post that day. */
@Injectable()
export class DecidedDocumentFactsReader {
  constructor(
    private readonly route: DocumentRoute,
    private readonly organisation: OrganisationService,
  ) {}

  async read(em: EntityManager, document: CityDocument): Promise<DecidedDocumentFacts> {
    if (document.status !== 'decided' || !document.decidedAt || !document.decidedSha256) {
      throw new ConflictError(
        document.status === 'disposed'
          ? '廃棄された文書の内容は残っていません。'
          : 'PDF にできるのは決裁済みの起案文書だけです。',
      );
    }
    const [file, attachments, stamps] = await Promise.all([
      em.findOneByOrFail(RecordFile, { id: document.recordFileId }),
      em.find(Attachment, { where: { documentId: document.id, addedAfterDecision: false }, order: { id: 'ASC' } }),
      document.instanceId ? this.route.stamps(em, document.instanceId, document.decisionClass) : Promise.resolve([]),
    ]);
    const userIds = [document.drafterUserId, ...stamps.map((s) => s.actorUserId).filter((id) => id !== null)];
    const accounts = new Map((await em.findBy(UserAccount, { id: In(userIds) })).map((a) => [a.id, a]));
    const postOf = async (userId: number | null, on: string): Promise<string | null> => {
      const staffId = userId === null ? null : accounts.get(userId)?.staffId;
      const post = staffId ? await this.organisation.mainPostOf(staffId, on) : null;
      return post ? `${post.unitName} ${post.positionName}` : null;
    };
    const boxes: StampBox[] = [];
    for (const [i, stamp] of stamps.entries()) {
      // The first step is the drafter's own: on paper it is the 起案 stamp.
      const drafting = i === 0 && stamp.actorUserId === document.drafterUserId && stamp.label === '承認';
      boxes.push({
        step: drafting ? '起案' : (stamp.step ?? stamp.assigneeLabel),
        capacity: drafting ? '起案' : stamp.label,
        name: stamp.actorName ?? (stamp.actorUserId ? (accounts.get(stamp.actorUserId)?.displayName ?? null) : null),
        post: stamp.at ? await postOf(stamp.actorUserId, jstDateOf(stamp.at)) : null,
        at: stamp.at,
      });
    }
    const drafter = accounts.get(document.drafterUserId)?.displayName ?? '';
    const drafterPost = await postOf(document.drafterUserId, document.draftedOn);
    return {
      docNumber: document.docNumber,
      title: document.title,
      body: document.body,
      drafter: drafterPost ? `${drafter}（${drafterPost}）` : drafter,
      draftedOn: document.draftedOn,
      decidedAt: document.decidedAt,
      recordFile: `${file.title}（${fiscalYearLabel(file.fiscalYear)}）`,
      retention:
        file.retention === 'permanent' ? '永年' : `${file.retention}年（満了後 ${END_ACTIONS[file.endAction] ?? ''}）`,
      disclosure: DISCLOSURE_LABELS[document.disclosure],
      decisionClass: DECISION_CLASS_LABELS[document.decisionClass],
      stamps: boxes,
      attachments: attachments.map((a) => ({ name: a.name, version: a.version, sha256: a.sha256 })),
      decidedSha256: document.decidedSha256,
    };
  }
}

/** 令和8年度 for fiscal year 2026. */
function fiscalYearLabel(fiscalYear: number): string {
  return warekiDate(`${fiscalYear}-04-01`).replace(/\d+月\d+日$/, '度');
}
