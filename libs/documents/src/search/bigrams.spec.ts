import { bigramsOf, containsPattern, normaliseForSearch, queryBigrams } from './bigrams';

describe('search bigrams', () => {
  it('normalises width and case, and collapses whitespace', () => {
    expect(normaliseForSearch('  ＡＢＣ　ｶﾅ\n道路 ')).toBe('abc カナ 道路');
  });

  it('indexes every adjacent pair once, never across whitespace', () => {
    expect(bigramsOf('道路占用 道路')).toEqual(['道路', '路占', '占用']);
  });

  it('treats a surrogate pair as one character', () => {
    expect(bigramsOf('𠮷野家')).toEqual(['𠮷野', '野家']);
  });

  it('covers a long query with every other bigram and the last', () => {
    expect(queryBigrams('道路占用許可')).toEqual(['道路', '占用', '許可']);
    expect(queryBigrams('道路占用料')).toEqual(['道路', '占用', '用料']);
    expect(queryBigrams('道路')).toEqual(['道路']);
  });

  it('escapes LIKE wildcards of the query', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
