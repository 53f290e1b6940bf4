import type { ChecklistItem, OccupancyCategory } from '../categories/occupancy-category';

/** A clerk's tick on one checklist item. */
export interface ChecklistMark {
  checked: boolean;
  note: string | null;
  byUserId: number;
  at: string;
}

export interface ChecklistEntry extends ChecklistItem {
  checked: boolean;
  note: string | null;
  checkedByUserId: number | null;
  checkedAt: string | null;
}

export type ChecklistMarks = Record<string, ChecklistMark>;

/** The category's checklist with the clerk's marks, in the category's order. */
export function checklistOf(category: OccupancyCategory, marks: ChecklistMarks): ChecklistEntry[] {
  return (category.checklist ?? []).map((item) => {
    const mark = marks[item.key];
    return {
      ...item,
      checked: mark?.checked ?? false,
      note: mark?.note ?? null,
      checkedByUserId: mark?.byUserId ?? null,
      checkedAt: mark?.at ?? null,
    };
  });
}

/** Labels of required items not checked yet: the case cannot go to 決裁 while there are any. */
export function uncheckedRequired(category: OccupancyCategory, marks: ChecklistMarks): string[] {
  return checklistOf(category, marks)
    .filter((entry) => entry.required && !entry.checked)
    .map((entry) => entry.label);
}
