import { Transform, Type } from 'class-transformer';
import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { isPositiveYen, isYen } from '../domain/money';

/**
 * Field rules with their own Japanese messages. Money is whole yen: a float, a string, zero or a negative
 * amount is refused at the edge with a message naming the rule.
 */
export function IsPositiveYen(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPositiveYen',
      validator: {
        validate: (value) => isPositiveYen(value),
        defaultMessage: () => '金額は1円以上の整数（円単位、小数なし）で入力してください',
      },
    },
    options,
  );
}

/** Whole yen that may be negative (減額補正) but not zero. */
export function IsNonZeroYen(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNonZeroYen',
      validator: {
        validate: (value) => isYen(value) && value !== 0,
        defaultMessage: () => '金額は0以外の整数（円単位、小数なし。減額はマイナス）で入力してください',
      },
    },
    options,
  );
}

/** Whole yen from 0 up, as an initial budget may be. */
export function IsYenOrZero(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isYenOrZero',
      validator: {
        validate: (value) => isYen(value) && value >= 0,
        defaultMessage: () => '金額は0円以上の整数（円単位、小数なし）で入力してください',
      },
    },
    options,
  );
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => {
          if (typeof value !== 'string' || !DATE.test(value)) return false;
          const parsed = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
        },
        defaultMessage: () => '日付（YYYY-MM-DD）の形式で、実在する日付を指定してください',
      },
    },
    options,
  );
}

/** A field that may be left out of a change but, when given, may not be null. */
export const OptionalNotNull = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** Query strings are text; whole numbers in them are converted before validation. */
export const QueryInt = (): PropertyDecorator => Type(() => Number);

/** `?mine=true`: the words true and false become booleans; anything else fails @IsBoolean. */
export const QueryBoolean = (): PropertyDecorator =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));
