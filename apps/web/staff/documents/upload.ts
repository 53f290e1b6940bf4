import { api, ApiError } from '../../shared/api';
import type { PickedFile } from './fields';
import type { Attachment, SignatureVerification } from './types';

/** Adds one file to a document; a refusal names the file and the API's reasons. */
export async function uploadAttachment(documentId: number, file: PickedFile): Promise<Attachment> {
  try {
    return await api<Attachment>('POST', `/api/documents/${documentId}/attachments`, {
      body: { name: file.name, mediaType: file.mediaType, contentBase64: file.contentBase64 },
    });
  } catch (e) {
    const reasons = e instanceof ApiError ? e.fields.flatMap((f) => f.messages) : [];
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(`${file.name}: ${reasons.length > 0 ? reasons.join(' ') : message}`);
  }
}

/**
 * Hands a PDF to the signature check as multipart (the one documents call that is not JSON, so the shared
 * `api` cannot send it); errors come back as the same ApiError, next to the file field.
 */
export async function verifySignature(file: File): Promise<SignatureVerification> {
  const form = new FormData();
  form.append('file', file);
  let res: Response;
  try {
    res = await fetch('/api/documents/verify-signature', {
      method: 'POST',
      headers: { 'X-Ringi-Request': '1', Accept: 'application/json' },
      body: form,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'サーバーに接続できません。ネットワークを確認してください。', [], null);
  }
  const payload = (await res.json().catch(() => ({}))) as { message?: string; errors?: unknown };
  if (!res.ok) {
    const fields = Array.isArray(payload.errors) ? (payload.errors as ApiError['fields']) : [];
    throw new ApiError(
      res.status,
      payload.message ?? `エラーが発生しました（${res.status}）。`,
      fields,
      payload.errors,
    );
  }
  return payload as unknown as SignatureVerification;
}
