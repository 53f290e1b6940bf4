import type { OccupancyCategory } from '../categories/occupancy-category';
import { DEMO_CATEGORIES } from '../seed/demo-categories';
import { checklistOf, uncheckedRequired, type ChecklistMarks } from './checklist';

const category: OccupancyCategory = {
  ...DEMO_CATEGORIES[0],
  checklist: [
    { key: 'place', label: '位置が位置図と一致', required: true },
    { key: 'height', label: '地上高4.5m以上', required: true },
    { key: 'photo', label: '現況写真', required: false },
  ],
};
const mark = (checked: boolean): ChecklistMarks[string] => ({ checked, note: null, byUserId: 7, at: '2026-04-06' });

describe('the review checklist', () => {
  it.each<[string, ChecklistMarks, string[]]>([
    ['nothing checked', {}, ['位置が位置図と一致', '地上高4.5m以上']],
    ['one required checked', { place: mark(true) }, ['地上高4.5m以上']],
    ['a required item unchecked again', { place: mark(true), height: mark(false) }, ['地上高4.5m以上']],
    ['all required checked, optional not', { place: mark(true), height: mark(true) }, []],
    [
      'marks of items the category no longer has are ignored',
      { gone: mark(true) },
      ['位置が位置図と一致', '地上高4.5m以上'],
    ],
  ])('%s', (_name, marks, missing) => {
    expect(uncheckedRequired(category, marks)).toEqual(missing);
  });

  it('lists every item in the category’s order with who checked it', () => {
    expect(checklistOf(category, { height: mark(true) })).toEqual([
      expect.objectContaining({ key: 'place', checked: false, checkedByUserId: null }),
      expect.objectContaining({ key: 'height', checked: true, checkedByUserId: 7, checkedAt: '2026-04-06' }),
      expect.objectContaining({ key: 'photo', required: false, checked: false }),
    ]);
  });

  it('has nothing to check for a category without a checklist', () => {
    expect(uncheckedRequired({ ...category, checklist: undefined }, {})).toEqual([]);
  });
});
