import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@ringi/auth';
import { OrganisationService } from '@ringi/hr';
import { AccessDeniedError, NotFoundError } from '@ringi/platform';
import type { CityDocument } from '../documents/city-document.entity';
import { DocumentParticipant } from '../documents/participant.entity';

export const documentNotFound = (id: number) => new NotFoundError(`文書（ID ${id}）が見つかりません。`);

/**
 * Who may read a document. 公開 and 部分公開 documents: any staff member. 非公開: the owning section (anyone
 * posted in it or below it), the route's participants and auditors; to everyone else it does not exist (404).
 */
@Injectable()
export class DocumentAccess {
  constructor(private readonly organisation: OrganisationService) {}

  readsEverything(principal: Principal): boolean {
    return principal.permissions.has('documents.audit');
  }

  /** The units whose 非公開 documents the principal's posts open: every post's unit and its ancestors. */
  async sectionIdsOf(principal: Principal): Promise<number[]> {
    if (!principal.staffId) return [];
    // A signed-in principal's staff member exists: only the posts are read (from the organisation cache).
    const posts = await this.organisation.postsHeldBy(principal.staffId, this.organisation.today());
    const ids = new Set<number>();
    for (const post of posts) {
      for (const unit of await this.organisation.unitAncestors(post.unitId)) ids.add(unit.id);
    }
    return [...ids];
  }

  async mayRead(em: EntityManager, document: CityDocument, principal: Principal): Promise<boolean> {
    if (document.disclosure !== 'closed' || this.readsEverything(principal)) return true;
    if (document.drafterUserId === principal.userId) return true;
    if ((await this.sectionIdsOf(principal)).includes(document.unitId)) return true;
    return em.existsBy(DocumentParticipant, { documentId: document.id, userId: principal.userId });
  }

  async ensureMayRead(em: EntityManager, document: CityDocument, principal: Principal): Promise<void> {
    if (!(await this.mayRead(em, document, principal))) throw documentNotFound(document.id);
  }

  /** Changing a document (its text, attachments, route, dispatch) is its drafter's or registrar's work. */
  async ensureDrafter(em: EntityManager, document: CityDocument, principal: Principal): Promise<void> {
    await this.ensureMayRead(em, document, principal);
    if (document.drafterUserId !== principal.userId) {
      throw new AccessDeniedError('この文書を変更できるのは起案者（収受した職員）だけです。');
    }
  }
}
