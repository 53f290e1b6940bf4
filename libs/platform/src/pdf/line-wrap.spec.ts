import { wrapLines } from './line-wrap';

/** Every character is 1 wide, so maxWidth counts characters. */
const byCount = (text: string) => Array.from(text).length;

describe('wrapLines', () => {
  it.each([
    ['short text stays on one line', '起案', 5, ['起案']],
    ['Japanese breaks at any character', '決裁文書の施行について', 4, ['決裁文書', 'の施行に', 'ついて']],
    ['closing punctuation hangs instead of starting a line', '伺います。よろしい', 4, ['伺います。', 'よろしい']],
    ['small kana hang too', 'あいうえっお', 4, ['あいうえっ', 'お']],
    ['line feeds always break', '第一\n第二', 10, ['第一', '第二']],
    ['an empty line is kept', '上\n\n下', 10, ['上', '', '下']],
    ['Latin text breaks between words', 'the quick brown fox', 10, ['the quick', 'brown fox']],
    ['a word longer than the line breaks inside it', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['an empty text is one empty line', '', 10, ['']],
  ])('%s', (_name, text, width, expected) => {
    expect(wrapLines(text, width, byCount)).toEqual(expected);
  });
});
