import { Transform, Type } from 'class-transformer';
import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '../domain/dates';

/**
 * Field rules with their own Japanese messages. Their names are not among the platform's
 * class-validator wordings, so the message given here is what the person reads.
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isCalendarDate(value),
        defaultMessage: () => '日付（YYYY-MM-DD）の形式で、実在する日付を指定してください',
      },
    },
    options,
  );
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant written in ISO 8601 with a time and an offset: 2026-04-01T09:00:00+09:00. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value) => {
          if (typeof value !== 'string') return false;
          const match = INSTANT.exec(value);
          return !!match && isCalendarDate(match[1]) && !Number.isNaN(Date.parse(value));
        },
        defaultMessage: () => '日時（例: 2026-04-01T09:00:00+09:00）の形式で指定してください',
      },
    },
    options,
  );
}

const KATAKANA = /^[\u30A1-\u30FA\u30FC\u30FB\u3000 ]+$/;

export function IsKatakana(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isKatakana',
      validator: {
        validate: (value) => typeof value === 'string' && KATAKANA.test(value) && value.trim().length > 0,
        defaultMessage: () => '全角カタカナで入力してください',
      },
    },
    options,
  );
}

export function IsOrgCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isOrgCode',
      validator: {
        validate: (value) => typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,39}$/.test(value),
        defaultMessage: () => '英小文字・数字・「-」で40文字以内にしてください',
      },
    },
    options,
  );
}

export function IsEmployeeNo(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmployeeNo',
      validator: {
        validate: (value) => typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/.test(value),
        defaultMessage: () => '英数字と「-」で20文字以内にしてください',
      },
    },
    options,
  );
}

export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (value) => typeof value !== 'string' || value.trim().length > 0,
        defaultMessage: () => '空白だけの値は指定できません',
      },
    },
    options,
  );
}

/** May be left out of a PATCH body, but not sent as null (the column is not nullable). */
export const OptionalNotNull = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** Query strings carry text: `?subtree=true`. */
export const QueryBoolean = (): PropertyDecorator =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

export const QueryInt = (): PropertyDecorator => Type(() => Number);
