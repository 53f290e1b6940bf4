import { ValidationPipe } from '@nestjs/common';
import { InvalidInputError } from './domain-errors';
import { toFieldProblems } from './validation-messages';

/** Every DTO is validated at the edge: unknown fields refused, types enforced, one message per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInputError('入力内容に誤りがあります。', toFieldProblems(errors)),
  });
}
