import { api } from '../../shared/api';
import type { Attachment } from './types';

/** The API refuses larger files; saying so before the upload saves the applicant the wait. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
export const ATTACHMENT_HINT = 'PDF・JPEG・PNG（10MBまで）。受け付けたファイルは無害化してから市の職員が開きます。';

export function attachmentSizeProblem(file: File): string | null {
  return file.size > MAX_ATTACHMENT_BYTES ? 'ファイルが大きすぎます。10MB以下にしてください。' : null;
}

export function uploadAttachment(applicationId: number, kind: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('attachmentKind', kind);
  form.append('file', file, file.name);
  return api<Attachment>('POST', `/api/portal/permits/applications/${applicationId}/attachments`, { form });
}
