/**
 * Text as the Zengin (全銀協) formats take it: half-width katakana without small kana, upper-case letters,
 * digits, space and a few symbols; one byte each in Shift_JIS. People type names in hiragana, full-width or
 * half-width katakana; this turns any of them into the one form the bank accepts.
 */
const HALF_WIDTH_KANA_START = 0xff66;
const HALF_WIDTH_KANA_END = 0xff9d;
const VOICED = '\u3099';
const SEMI_VOICED = '\u309a';

/** Full-width katakana (voiced ones included) → half-width, built from Unicode's own compatibility mapping. */
const TO_HALF_WIDTH: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let code = HALF_WIDTH_KANA_START; code <= HALF_WIDTH_KANA_END; code++) {
    const half = String.fromCharCode(code);
    const full = half.normalize('NFKC');
    map.set(full, half);
    const voiced = (full + VOICED).normalize('NFC');
    if (voiced.length === 1) map.set(voiced, `${half}ﾞ`);
    const semiVoiced = (full + SEMI_VOICED).normalize('NFC');
    if (semiVoiced.length === 1) map.set(semiVoiced, `${half}ﾟ`);
  }
  return map;
})();

/** Small kana are written large in bank records (ｷﾔﾉﾝ for キャノン). */
const SMALL_TO_LARGE: Record<string, string> = {
  ァ: 'ア',
  ィ: 'イ',
  ゥ: 'ウ',
  ェ: 'エ',
  ォ: 'オ',
  ッ: 'ツ',
  ャ: 'ヤ',
  ュ: 'ユ',
  ョ: 'ヨ',
  ヮ: 'ワ',
  ヵ: 'カ',
  ヶ: 'ケ',
};

const ALLOWED = /^[0-9A-Z\uff71-\uff9d\uff9e\uff9f\uff66 ().,\-/\uff62\uff63]*$/;

/**
 * The Zengin form of a name, or null when it holds characters a bank record cannot (kanji, for instance).
 * Long-vowel marks become "-", as banks convert them.
 */
export function toZenginKana(text: string): string | null {
  const wide = text.normalize('NFKC');
  let out = '';
  for (const raw of wide) {
    const code = raw.charCodeAt(0);
    // Hiragana → katakana: the two blocks run in parallel, 0x60 apart.
    const kata = code >= 0x3041 && code <= 0x3096 ? String.fromCharCode(code + 0x60) : raw;
    const large = SMALL_TO_LARGE[kata] ?? kata;
    if (large === 'ー' || large === '－' || large === '−') out += '-';
    else if (large === '\u3000') out += ' ';
    else out += TO_HALF_WIDTH.get(large) ?? large.toUpperCase();
  }
  const collapsed = out.replace(/ +/g, ' ').trim();
  return ALLOWED.test(collapsed) ? collapsed : null;
}
