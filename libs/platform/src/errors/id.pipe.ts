import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { InvalidInputError } from './domain-errors';

/** Route ids: positive integers that fit the database's INTEGER column. */
@Injectable()
export class IdPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const id = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) {
      const field = metadata.data ?? 'id';
      throw new InvalidInputError('入力内容に誤りがあります。', [{ field, messages: ['正の整数で指定してください'] }]);
    }
    return id;
  }
}
