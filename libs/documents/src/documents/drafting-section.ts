import { Injectable } from '@nestjs/common';
import type { Principal } from '@ringi/auth';
import { OrganisationService, type PostHolder } from '@ringi/hr';
import { UnprocessableError } from '@ringi/platform';

export interface DraftingSection {
  /** The drafter's own unit (a 係 or the 課 itself): where the route starts. */
  postUnitId: number;
  /** The section that owns the document: the nearest unit with a document symbol. */
  unitId: number;
  docSymbol: string;
  /** The drafter's main post today. */
  mainPost: PostHolder;
}

/** The section a staff member drafts and receives for: that of their main post today. */
@Injectable()
export class DraftingSections {
  constructor(private readonly organisation: OrganisationService) {}

  async of(principal: Principal): Promise<DraftingSection> {
    // A signed-in principal's staff member exists: only the posts are read (from the organisation cache).
    const main = principal.staffId
      ? ((await this.organisation.postsHeldBy(principal.staffId, this.organisation.today())).find(
          (p) => !p.concurrent,
        ) ?? null)
      : null;
    if (!main) throw new UnprocessableError('本務の所属がないため、起案・収受できません。');
    const section = (await this.organisation.unitAncestors(main.unitId)).find((u) => u.docSymbol);
    if (!section) throw new UnprocessableError(`${main.unitName}には文書記号が定められていません。`);
    return { postUnitId: main.unitId, unitId: section.id, docSymbol: section.docSymbol!, mainPost: main };
  }
}
