import { definitionTargetId, isProcessKey } from './process-key';

describe('process keys', () => {
  it.each([
    'simpleApproval',
    'WFP-6-',
    '_a1.b-2',
    'sid-34746A54-1D7D',
    '文書決裁',
    'Ärende_1',
    'cafe\u0301',
    'x'.repeat(200),
  ])('accepts the NCName %s', (key) => expect(isProcessKey(key)).toBe(true));

  it.each(['', '1abc', '-a', '.a', 'a:b', 'a b', 'a/b', 'a%20', '..', 'x'.repeat(201), 'a\u0000', '\u0301a'])(
    'refuses %j',
    (key) => expect(isProcessKey(key)).toBe(false),
  );

  it('refuses what is not a string', () => {
    expect(isProcessKey(12)).toBe(false);
    expect(isProcessKey(undefined)).toBe(false);
  });
});

describe('audit target of a definition version', () => {
  it('is key:vN', () => {
    expect(definitionTargetId('simpleApproval', 3)).toBe('simpleApproval:v3');
  });

  it('fits the 80-character audit column and stays distinct for long keys', () => {
    const a = definitionTargetId(`${'x'.repeat(150)}a`, 12);
    const b = definitionTargetId(`${'x'.repeat(150)}b`, 12);
    expect([...a].length).toBeLessThanOrEqual(80);
    expect(a).toMatch(/~[0-9a-f]{8}:v12$/);
    expect(a).not.toBe(b);
    expect([...definitionTargetId('決'.repeat(200), 1)].length).toBeLessThanOrEqual(80);
  });
});
