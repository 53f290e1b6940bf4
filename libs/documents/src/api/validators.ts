import { Type } from 'class-transformer';
import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '@ringi/hr';

/** Field rules with their own Japanese messages (their names are not among the platform's wordings). */
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

export function IsBase64Content(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBase64Content',
      validator: {
        validate: (value) => typeof value === 'string' && value.length > 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(value),
        defaultMessage: () => 'ファイルの内容を Base64 で指定してください',
      },
    },
    options,
  );
}

/** A file name without folders or control characters. */
export function IsFileName(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isFileName',
      validator: {
        validate: (value) =>
          typeof value === 'string' && !/[/\\]/.test(value) && ![...value].some((c) => c.charCodeAt(0) < 0x20),
        defaultMessage: () => 'ファイル名に使えない文字が含まれています',
      },
    },
    options,
  );
}

/** May be left out of a PATCH body, but not sent as null (the column is not nullable). */
export const OptionalNotNull = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** Query strings carry text: `?unitId=3`. */
export const QueryInt = (): PropertyDecorator => Type(() => Number);
