import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '@ringi/platform';
import { isCalendarDate, type CalendarDate } from '../../organisation/domain/dates';

/** A month in a route: YYYY-MM. */
@Injectable()
export class MonthPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
      throw new InvalidInputError('入力内容に誤りがあります。', [
        { field: metadata.data ?? 'month', messages: ['年月は YYYY-MM の形式で指定してください'] },
      ]);
    }
    return value;
  }
}

/** A calendar date in a route: YYYY-MM-DD. */
@Injectable()
export class DatePipe implements PipeTransform<string, CalendarDate> {
  transform(value: string, metadata: ArgumentMetadata): CalendarDate {
    if (!isCalendarDate(value)) {
      throw new InvalidInputError('入力内容に誤りがあります。', [
        { field: metadata.data ?? 'date', messages: ['日付（YYYY-MM-DD）の形式で、実在する日付を指定してください'] },
      ]);
    }
    return value;
  }
}

export const instantOrNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);
