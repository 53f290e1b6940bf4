// Through the library's entry point: @ringi/hr's attendance imports @ringi/workflow, so loading this file
// first would meet the cycle halfway.
import { positionCodeOf } from '@ringi/workflow';

describe('positionCodeOf', () => {
  it('maps the Japanese post names of ringi:assignee to position codes', () => {
    expect(positionCodeOf('課長')).toBe('section-chief');
    expect(positionCodeOf(' 係長 ')).toBe('subsection-chief');
    expect(positionCodeOf('部長')).toBe('director');
    expect(positionCodeOf('課長補佐')).toBe('assistant-chief');
  });

  it('accepts a position code and refuses unknown posts', () => {
    expect(positionCodeOf('section-chief')).toBe('section-chief');
    expect(positionCodeOf('番長')).toBeNull();
  });
});
