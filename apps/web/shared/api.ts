// One fetch wrapper for both apps: the session rides in the zone's httpOnly cookie, and the
// X-Ringi-Request header is what the API asks of cookie-authenticated writes (no CSRF).

export interface FieldProblem {
  field: string;
  messages: string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: FieldProblem[],
    readonly details: unknown,
  ) {
    super(message);
  }

  /** The messages the API gave for one field, joined for display. */
  fieldMessage(field: string): string | undefined {
    const found = this.fields.filter((f) => f.field === field).flatMap((f) => f.messages);
    return found.length > 0 ? found.join(' ') : undefined;
  }
}

/** Fired when a logged-in call answers 401, so the app can send the user to the login page. */
export const SESSION_EXPIRED_EVENT = 'ringi:session-expired';

interface RequestOptions {
  body?: unknown;
  xml?: string;
  /** A multipart upload; the browser sets its Content-Type with the boundary. */
  form?: FormData;
  /** Calls made while logged out (login itself) must not raise the expiry event. */
  anonymous?: boolean;
}

function fieldsOf(errors: unknown): FieldProblem[] {
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (e): e is FieldProblem => typeof e === 'object' && e !== null && 'field' in e && 'messages' in e,
  );
}

export async function api<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { 'X-Ringi-Request': '1', Accept: 'application/json' };
  let body: string | FormData | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.xml !== undefined) {
    headers['Content-Type'] = 'application/xml';
    body = options.xml;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'サーバーに接続できません。ネットワークを確認してください。', [], null);
  }
  const text = await res.text();
  const isJson = (res.headers.get('content-type') ?? '').includes('json');
  const payload: unknown = isJson && text ? JSON.parse(text) : text;
  if (!res.ok) {
    const problem = (typeof payload === 'object' && payload !== null ? payload : {}) as {
      message?: string;
      errors?: unknown;
    };
    const message = problem.message ?? `エラーが発生しました（${res.status}）。`;
    if (res.status === 401 && !options.anonymous) {
      window.dispatchEvent(new CustomEvent(SESSION_EXPIRED_EVENT, { detail: message }));
    }
    throw new ApiError(res.status, message, fieldsOf(problem.errors), problem.errors);
  }
  return payload as T;
}

/** A message for any thrown value, for display next to the action that failed. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
