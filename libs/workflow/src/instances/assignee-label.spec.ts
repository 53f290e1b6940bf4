import { postLabel } from './assignee-label';

describe('postLabel', () => {
  it.each([
    ['総務課', '課長', '総務課長'],
    ['庶務係', '係長', '庶務係長'],
    ['総務部', '部長', '総務部長'],
    ['総務課', '課長補佐', '総務課長補佐'],
    ['市長室', '主事', '市長室主事'],
  ])('%s + %s → %s', (unit, position, label) => {
    expect(postLabel(unit, position)).toBe(label);
  });
});
