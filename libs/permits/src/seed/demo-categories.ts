import type { CategoryField, ChecklistItem, OccupancyCategory } from '../categories/occupancy-category';

const ROAD_SECTION = 'doro-ka';
const text = (key: string, label: string, required = true): CategoryField => ({ key, label, type: 'text', required });
const number = (key: string, label: string, min: number, max: number): CategoryField => ({
  key,
  label,
  type: 'number',
  required: true,
  min,
  max,
});

const check = (key: string, label: string, required = true): ChecklistItem => ({ key, label, required });
/** What every review confirms (道路法33条: 無余地性, and the place and period as applied). */
const COMMON_CHECKS = [
  check('place', '位置図・平面図の位置が申請の場所と一致している'),
  check('noAlternative', '道路の敷地外に余地がなくやむを得ない（無余地性）'),
  check('period', '占用期間が物件の種類の上限以内で工事計画と整合している'),
];

/** The demo city's 占用物件 categories (data: admins change them without code). */
export const DEMO_CATEGORIES: OccupancyCategory[] = [
  {
    code: 'pole-1',
    name: '第一種電柱',
    feeCategory: '第一種電柱',
    unit: 'pole',
    maxYears: 10,
    sectionUnitCode: ROAD_SECTION,
    fields: [text('poleNumbers', '電柱番号'), number('height', '地上高（m）', 1, 30)],
    requiredAttachments: ['位置図', '平面図', '写真'],
    checklist: [
      ...COMMON_CHECKS,
      check('clearance', '歩道の有効幅員2m以上が確保されている'),
      check('photo', '現況写真で既設物件との離隔を確認した', false),
    ],
  },
  {
    code: 'gas-pipe-small',
    name: 'ガス管（外径0.07m未満）',
    feeCategory: 'ガス管（外径0.07m未満）',
    unit: 'metre',
    maxYears: 10,
    sectionUnitCode: ROAD_SECTION,
    fields: [number('outerDiameter', '外径（m）', 0.01, 0.0699), number('depth', '埋設深さ（m）', 0.3, 10)],
    requiredAttachments: ['位置図', '平面図', '横断図', '縦断図'],
    checklist: [
      ...COMMON_CHECKS,
      check('depth', '埋設深さが道路法施行令11条の3の基準以上'),
      check('otherUtilities', '他の埋設物件との離隔を占用調整で確認した'),
    ],
  },
  {
    code: 'sign',
    name: '看板',
    feeCategory: '看板',
    unit: 'squareMetre',
    maxYears: 5,
    sectionUnitCode: ROAD_SECTION,
    fields: [text('wording', '表示内容'), number('height', '表示面の下端の高さ（m）', 2.5, 20)],
    requiredAttachments: ['位置図', '平面図', '構造図', '写真'],
    checklist: [
      ...COMMON_CHECKS,
      check('height', '表示面の下端が路面から2.5m以上'),
      check('landscape', '景観計画・屋外広告物条例の許可を確認した'),
    ],
  },
  {
    code: 'scaffold',
    name: '足場',
    feeCategory: '足場',
    unit: 'squareMetre',
    maxYears: 5,
    sectionUnitCode: ROAD_SECTION,
    fields: [
      text('works', '工事名'),
      { key: 'onCarriageway', label: '車道部分の使用', type: 'select', required: true, options: ['あり', 'なし'] },
    ],
    requiredAttachments: ['位置図', '平面図', '求積図'],
    checklist: [
      ...COMMON_CHECKS,
      check('pedestrians', '歩行者の通路（幅0.75m以上）と保安設備が計画されている'),
      check('police', '車道を使う場合は警察協議の要否を確認した', false),
    ],
  },
];
