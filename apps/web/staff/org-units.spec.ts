import { unitChoices, type UnitNode } from './org-units';

describe('unitChoices', () => {
  it('lists the tree depth first, indenting each level', () => {
    const unit = (id: number, name: string, children: UnitNode[] = []): UnitNode => ({
      id,
      code: `u${id}`,
      name,
      kind: 'section',
      parentId: null,
      active: true,
      children,
    });
    expect(unitChoices([unit(1, '市', [unit(2, '総務部', [unit(3, '総務課')]), unit(4, '建設部')])])).toEqual([
      { value: '1', label: '市' },
      { value: '2', label: '　総務部' },
      { value: '3', label: '　　総務課' },
      { value: '4', label: '　建設部' },
    ]);
  });
});
