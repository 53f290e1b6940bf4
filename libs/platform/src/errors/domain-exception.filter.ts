import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError, AccountLockedError, InvalidInputError } from './domain-errors';
import { requestContext } from '../logging/request-context';

/** The HTTP status of each kind of domain error: the one place the mapping is written. */
export const HTTP_STATUS_OF_ERROR: Record<DomainError['kind'], number> = {
  'bad-request': HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  locked: 423,
  'too-many-requests': HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const DEFAULT_MESSAGES: Record<number, string> = {
  400: '入力内容に誤りがあります。',
  401: 'ログインが必要です。',
  403: 'この操作は許可されていません。',
  404: '対象が見つかりません。',
  405: 'この方法では操作できません。',
  409: '他の操作と競合しました。画面を更新してからやり直してください。',
  413: '送信されたデータが大きすぎます。',
  415: 'このデータ形式は受け付けていません。',
  422: '処理できない内容です。',
  429: '短時間に操作が集中しています。しばらく待ってからやり直してください。',
  500: 'システムエラーが発生しました。時間をおいて再度お試しください。',
};

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: unknown;
  requestId?: string;
}

function isUniqueViolation(error: QueryFailedError): boolean {
  const driverError = error.driverError as { code?: string; errno?: number } | undefined;
  return driverError?.code === 'ER_DUP_ENTRY' || driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** The one place where errors become HTTP responses. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    body.requestId = requestContext.current()?.requestId;
    if (exception instanceof AccountLockedError) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    if (body.statusCode >= 500) {
      const err = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(err.message, err.stack);
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = HTTP_STATUS_OF_ERROR[exception.kind];
      return {
        statusCode,
        error: HttpStatus[statusCode] ?? 'Error',
        message: exception.message,
        errors: exception instanceof InvalidInputError ? exception.fields : exception.details,
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const payload = exception.getResponse();
      const english = typeof payload === 'string' ? payload : (payload as { message?: unknown }).message;
      return {
        statusCode,
        error: HttpStatus[statusCode] ?? 'Error',
        message: DEFAULT_MESSAGES[statusCode] ?? (typeof english === 'string' ? english : 'エラーが発生しました。'),
      };
    }
    if (exception instanceof QueryFailedError && isUniqueViolation(exception)) {
      return { statusCode: 409, error: 'Conflict', message: '同じ内容のデータが既に登録されています。' };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: DEFAULT_MESSAGES[500] };
  }
}

export { DEFAULT_MESSAGES };
