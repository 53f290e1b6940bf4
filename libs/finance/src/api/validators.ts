import { ValidateBy, type ValidationOptions } from 'class-validator';
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
