/**
 * Typed errors raised by services. They are mapped to HTTP status in one place
 * (DomainExceptionFilter); services never build HTTP responses themselves.
 * Messages are Japanese because they are shown to staff and applicants as they are.
 */
export interface FieldProblem {
  field: string;
  messages: string[];
}

export abstract class DomainError extends Error {
  abstract readonly kind:
    | 'bad-request'
    | 'unauthenticated'
    | 'forbidden'
    | 'not-found'
    | 'conflict'
    | 'unprocessable'
    | 'locked'
    | 'too-many-requests'
    | 'unavailable';

  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends DomainError {
  readonly kind = 'bad-request' as const;
  constructor(
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
  }
}

export class AuthenticationError extends DomainError {
  readonly kind = 'unauthenticated' as const;
}

export class AccessDeniedError extends DomainError {
  readonly kind = 'forbidden' as const;
}

export class NotFoundError extends DomainError {
  readonly kind = 'not-found' as const;
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict' as const;
}

export class UnprocessableError extends DomainError {
  readonly kind = 'unprocessable' as const;
}

export class AccountLockedError extends DomainError {
  readonly kind = 'locked' as const;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export class RateLimitedError extends DomainError {
  readonly kind = 'too-many-requests' as const;
}

/** A service ringi depends on (a timestamp authority, …) is unavailable: nothing was done, try again later. */
export class UnavailableError extends DomainError {
  readonly kind = 'unavailable' as const;
}
