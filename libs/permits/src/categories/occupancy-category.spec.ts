import { categoryFieldProblems, type OccupancyCategory } from './occupancy-category';

const POLE: OccupancyCategory = {
  code: 'pole-1',
  name: '第一種電柱',
  feeCategory: '第一種電柱',
  unit: 'pole',
  maxYears: 10,
  sectionUnitCode: 'doro-ka',
  fields: [
    { key: 'poleNumbers', label: '電柱番号', type: 'text', required: true },
    { key: 'height', label: '地上高（m）', type: 'number', required: true, min: 1, max: 30 },
    { key: 'material', label: '材質', type: 'select', required: false, options: ['コンクリート', '鋼管'] },
  ],
  requiredAttachments: ['位置図', '平面図'],
};

describe('category fields', () => {
  it.each<[string, Record<string, unknown>, Array<[string, string]>]>([
    ['complete', { poleNumbers: '港幹1-3', height: 12, material: '鋼管' }, []],
    ['optional left out', { poleNumbers: '港幹1-3', height: 12 }, []],
    ['required missing', { height: 12 }, [['fields.poleNumbers', '電柱番号を入力してください']]],
    ['number as text', { poleNumbers: 'x', height: '12' }, [['fields.height', '地上高（m）は数値で入力してください']]],
    [
      'out of range',
      { poleNumbers: 'x', height: 40 },
      [['fields.height', '地上高（m）は1〜30の範囲で入力してください']],
    ],
    [
      'not an option',
      { poleNumbers: 'x', height: 3, material: '木' },
      [['fields.material', '材質は選択肢の中から選んでください']],
    ],
    [
      'unknown key',
      { poleNumbers: 'x', height: 3, colour: 'red' },
      [['fields.colour', '「第一種電柱」にはない項目です']],
    ],
  ])('%s', (_name, values, expected) => {
    expect(categoryFieldProblems(POLE, values).map((p) => [p.field, p.messages[0]])).toEqual(expected);
  });
});
