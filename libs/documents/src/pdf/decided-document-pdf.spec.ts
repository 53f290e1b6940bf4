import { extractText, getDocumentProxy } from 'unpdf';
import { renderDecidedDocument, stampText, type DecidedDocumentFacts, type StampBox } from './decided-document-pdf';

const at = new Date('2026-04-06T01:00:00Z');
const stamp = (step: string, capacity: string | null, name: string | null, post: string | null): StampBox => ({
  step,
  capacity,
  name,
  post,
  at: capacity ? at : null,
});

const facts: DecidedDocumentFacts = {
  docNumber: '港総第123号',
  title: '令和8年度 文書事務研修の実施について',
  body: '標記の件について、下記のとおり実施してよろしいか伺います。\n記\n1 日時 令和8年5月1日',
  drafter: '港 花子（総務課 主事）',
  draftedOn: '2026-04-03',
  decidedAt: at,
  recordFile: '文書管理・研修（令和8年度）',
  retention: '5年（満了後 廃棄）',
  disclosure: '公開',
  decisionClass: '部長専決',
  stamps: [
    stamp('起案', '起案', '港 花子', '総務課 主事'),
    stamp('係長', '後閲', '南 健二', '総務課 係長'),
    stamp('合議', '合議', '西 良子', '財政課 課長'),
    stamp('課長', '代決', '南 健二', '総務課 係長'),
    stamp('部長', '専決', '大西 浩一', '総務部 部長'),
    stamp('供覧', '供覧', '東 一郎', '総務課 主査'),
    stamp('副市長', '承認', '北 次郎', '副市長'),
    stamp('供覧', null, null, null),
  ],
  attachments: [{ name: '要領.pdf', version: 2, sha256: 'a'.repeat(64) }],
  decidedSha256: 'f'.repeat(64),
};

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the decided document PDF', () => {
  let text: string;

  beforeAll(async () => {
    const pdf = await renderDecidedDocument(facts, at);
    text = squeeze((await extractText(await getDocumentProxy(pdf), { mergePages: true })).text);
  });

  it.each(facts.stamps.map((s) => [s.capacity ?? '未処理', s] as const))(
    'prints the %s stamp with name, post and 和暦 date',
    (_capacity, box) => {
      expect(text).toContain(squeeze(stampText(box)));
    },
  );

  it('writes a stamp as capacity, name, post and 和暦 date', () => {
    expect(stampText(facts.stamps[3])).toBe('【代決】\n南 健二\n総務課 係長\n令和8年4月6日');
  });

  it('prints the number, 件名, 伺い文, record file, disclosure class, attachments and decided hash', () => {
    for (const part of [
      '港総第123号',
      '令和8年度文書事務研修の実施について',
      '標記の件について、下記のとおり実施してよろしいか伺います。',
      '文書管理・研修（令和8年度）',
      '公開区分公開',
      '部長専決',
      '要領.pdf第2版',
      'f'.repeat(64),
      '決裁日令和8年4月6日',
    ]) {
      expect(text).toContain(squeeze(part));
    }
  });
});
