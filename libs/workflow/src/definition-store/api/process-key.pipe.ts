import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '@ringi/platform';
import { isProcessKey, MAX_PROCESS_KEY_LENGTH } from '../domain/process-key';

/** A process key in a route: the id of a BPMN process, an XML NCName of at most 200 characters. */
@Injectable()
export class ProcessKeyPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isProcessKey(value)) {
      throw new InvalidInputError('入力内容に誤りがあります。', [
        {
          field: metadata.data ?? 'processKey',
          messages: [
            `プロセスの id（英字または _ で始まり、英数字・_・-・. が続く ${MAX_PROCESS_KEY_LENGTH} 文字以内）で指定してください`,
          ],
        },
      ]);
    }
    return value;
  }
}
