/**
 * Japanese has no spaces between words, so search indexes every pair of adjacent characters (bigram): a query
 * of two or more characters can only match documents that contain all of its bigrams, and those candidates are
 * then verified against the text itself. Text is normalised first (NFKC: full-width ＡＢＣ and half-width ｶﾅ
 * become ABC and カナ; lower case), and whitespace separates runs, so no bigram spans it.
 */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The distinct bigrams of normalised text, by code point (a surrogate pair is one character). */
export function bigramsOf(normalised: string): string[] {
  const grams = new Set<string>();
  for (const run of normalised.split(' ')) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  }
  return [...grams];
}

/**
 * The bigrams a query needs: enough to cover it (every other one, plus the last), which is as selective as all
 * of them once the candidates are verified, with fewer joins.
 */
export function queryBigrams(normalisedQuery: string): string[] {
  const all = bigramsOf(normalisedQuery);
  if (all.length <= 2) return all;
  const chars = Array.from(normalisedQuery.replace(/ /g, ''));
  const covering = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 2) covering.add(chars[i] + chars[i + 1]);
  covering.add(chars[chars.length - 2] + chars[chars.length - 1]);
  return [...covering].filter((g) => all.includes(g));
}

/** A LIKE pattern matching the text anywhere, with the wildcards of the query itself escaped (ESCAPE '\'). */
export function containsPattern(normalisedQuery: string): string {
  return `%${normalisedQuery.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
