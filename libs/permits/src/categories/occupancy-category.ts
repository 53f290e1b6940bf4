import type { FieldProblem } from '@ringi/platform';
import type { FeeUnit } from '../fees/occupancy-fee';

/** One input an application of a category asks for, rendered by the portal form from this description. */
export interface CategoryField {
  key: string;
  label: string;
  type: 'text' | 'number' | 'select';
  required: boolean;
  options?: readonly string[];
  /** For numbers. */
  min?: number;
  max?: number;
}

/** One point the clerk confirms in the review of an application of the category (審査チェックリスト). */
export interface ChecklistItem {
  key: string;
  label: string;
  /** Required items must all be checked before the case goes to 決裁. */
  required: boolean;
}

/** 位置図, 平面図, 横断図, 縦断図, 求積図, 構造図, 写真. */
export const ATTACHMENT_KINDS = ['位置図', '平面図', '横断図', '縦断図', '求積図', '構造図', '写真'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** A kind of 占用物件 after 道路法32条: data admins add or change without code. */
export interface OccupancyCategory {
  code: string;
  name: string;
  /** Its name in the fee table. */
  feeCategory: string;
  unit: FeeUnit;
  /** 5, or 10 for 電柱, 電線, 水管, 下水道管, ガス管 (道路法施行令9条). */
  maxYears: number;
  /** The unit (by code) whose 占用担当 handles the category. */
  sectionUnitCode: string;
  fields: readonly CategoryField[];
  requiredAttachments: readonly AttachmentKind[];
  checklist?: readonly ChecklistItem[];
}

/** Problems of the category-specific values of an application, one entry per field. */
export function categoryFieldProblems(category: OccupancyCategory, values: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = new Set(category.fields.map((f) => f.key));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) problems.push({ field: `fields.${key}`, messages: [`「${category.name}」にはない項目です`] });
  }
  for (const field of category.fields) {
    const value = values[field.key];
    const at = `fields.${field.key}`;
    if (value === undefined || value === null || value === '') {
      if (field.required) problems.push({ field: at, messages: [`${field.label}を入力してください`] });
      continue;
    }
    if (field.type === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        problems.push({ field: at, messages: [`${field.label}は数値で入力してください`] });
      } else if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) {
        problems.push({
          field: at,
          messages: [`${field.label}は${field.min ?? ''}〜${field.max ?? ''}の範囲で入力してください`],
        });
      }
    } else if (typeof value !== 'string' || value.length > 500) {
      problems.push({ field: at, messages: [`${field.label}は500文字以内の文字列で入力してください`] });
    } else if (field.type === 'select' && !field.options?.includes(value)) {
      problems.push({ field: at, messages: [`${field.label}は選択肢の中から選んでください`] });
    }
  }
  return problems;
}
