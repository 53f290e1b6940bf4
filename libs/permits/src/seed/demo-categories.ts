import type { CategoryField, OccupancyCategory } from '../categories/occupancy-category';

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
  },
];
