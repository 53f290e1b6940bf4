import type { Attachment } from '../attachments/attachment.entity';
import type { CityDocument } from './city-document.entity';
import type { OpenStep, RouteStamp } from './document-route';

export interface AttachmentView {
  id: number;
  name: string;
  version: number;
  mediaType: string;
  size: number;
  sha256: string;
  addedAfterDecision: boolean;
  createdAt: Date;
}

export interface DocumentView extends CityDocument {
  /** Whether content and attachments can still change (only before sending, or after withdrawal). */
  editable: boolean;
  attachments: AttachmentView[];
  /** The 決裁欄, empty before sending. */
  route: RouteStamp[];
}

/** The answer to sending a document: who has it next, so the client need not read the case. */
export interface SubmittedDocumentView extends DocumentView {
  openTasks: OpenStep[];
}

export function toAttachmentView(a: Attachment): AttachmentView {
  return {
    id: a.id,
    name: a.name,
    version: a.version,
    mediaType: a.mediaType,
    size: a.size,
    sha256: a.sha256,
    addedAfterDecision: a.addedAfterDecision,
    createdAt: a.createdAt,
  };
}
