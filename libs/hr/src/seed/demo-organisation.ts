/**
 * The demo city みなと市 (fictional): units, staff, postings and deputies. Pure data, no database
 * code; `seedOrganisation` (seed-organisation.ts) loads it idempotently. Postings of the current
 * fiscal year start on 2026-04-01; one transfer is registered in advance for 2027-04-01.
 */
import type { PositionCode } from '../organisation/domain/positions';
import type { UnitKind } from '../organisation/domain/tree';

export interface SeedUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  docSymbol: string | null;
  sortOrder: number;
}

export interface SeedStaff {
  employeeNo: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  email: string | null;
}

export interface SeedPosting {
  employeeNo: string;
  unitCode: string;
  positionCode: PositionCode;
  startDate: string;
  endDate: string | null;
  concurrent: boolean;
  note: string | null;
}

export interface SeedDeputy {
  unitCode: string;
  positionCode: PositionCode;
  deputyUnitCode: string;
  deputyPositionCode: PositionCode;
  priority: number;
}

export interface OrganisationSeedData {
  units: SeedUnit[];
  staff: SeedStaff[];
  postings: SeedPosting[];
  deputies: SeedDeputy[];
}

const FISCAL_YEAR_START = '2026-04-01';
/** The date of the transfer registered in advance (令和9年度 定期人事異動). */
export const DEMO_FUTURE_TRANSFER_DATE = '2027-04-01';

const u = (
  code: string,
  name: string,
  kind: UnitKind,
  parentCode: string | null,
  docSymbol: string | null,
  sortOrder: number,
): SeedUnit => ({
  code,
  name,
  kind,
  parentCode,
  docSymbol,
  sortOrder,
});

const UNITS: SeedUnit[] = [
  u('minato-city', 'みなと市', 'city', null, null, 0),
  u('soumu-bu', '総務部', 'department', 'minato-city', null, 10),
  u('hisho-ka', '秘書広報課', 'section', 'soumu-bu', '港秘', 11),
  u('soumu-ka', '総務課', 'section', 'soumu-bu', '港総', 12),
  u('soumu-shomu', '庶務係', 'subsection', 'soumu-ka', null, 1),
  u('soumu-bunsho', '文書法制係', 'subsection', 'soumu-ka', null, 2),
  u('jinji-ka', '人事課', 'section', 'soumu-bu', '港人', 13),
  u('jinji-jinji', '人事係', 'subsection', 'jinji-ka', null, 1),
  u('jinji-kyuyo', '給与厚生係', 'subsection', 'jinji-ka', null, 2),
  u('zaisei-ka', '財政課', 'section', 'soumu-bu', '港財', 14),
  u('zaisei-zaisei', '財政係', 'subsection', 'zaisei-ka', null, 1),
  u('johoseisaku-ka', '情報政策課', 'section', 'soumu-bu', '港情', 15),
  u('johoseisaku-system', '情報システム係', 'subsection', 'johoseisaku-ka', null, 1),
  u('dx-suishin', 'DX推進室', 'office', 'johoseisaku-ka', null, 2),
  u('shimin-bu', '市民部', 'department', 'minato-city', null, 20),
  u('shimin-ka', '市民課', 'section', 'shimin-bu', '港市', 21),
  u('shimin-juki', '住民記録係', 'subsection', 'shimin-ka', null, 1),
  u('shimin-shomei', '証明係', 'subsection', 'shimin-ka', null, 2),
  u('hoken-ka', '保険年金課', 'section', 'shimin-bu', '港保', 22),
  u('zeimu-ka', '税務課', 'section', 'shimin-bu', '港税', 23),
  u('zeimu-shiminzei', '市民税係', 'subsection', 'zeimu-ka', null, 1),
  u('zeimu-shisanzei', '資産税係', 'subsection', 'zeimu-ka', null, 2),
  u('fukushi-bu', '福祉部', 'department', 'minato-city', null, 30),
  u('fukushi-ka', '福祉政策課', 'section', 'fukushi-bu', '港福', 31),
  u('kosodate-ka', '子育て支援課', 'section', 'fukushi-bu', '港子', 32),
  u('korei-ka', '高齢介護課', 'section', 'fukushi-bu', '港高', 33),
  u('kensetsu-bu', '建設部', 'department', 'minato-city', null, 40),
  u('doro-ka', '道路管理課', 'section', 'kensetsu-bu', '港道', 41),
  u('doro-senyo', '占用担当', 'subsection', 'doro-ka', null, 1),
  u('doro-iji', '維持補修係', 'subsection', 'doro-ka', null, 2),
  u('toshi-ka', '都市計画課', 'section', 'kensetsu-bu', '港都', 42),
  u('kenchiku-ka', '建築指導課', 'section', 'kensetsu-bu', '港建', 43),
  u('kaikei-shitsu', '会計室', 'office', 'minato-city', '港会', 90),
];

/** Codes of the demo units other seeds refer to (role scopes, routing tables). */
export const DEMO_UNIT_CODES = {
  city: 'minato-city',
  generalAffairsDepartment: 'soumu-bu',
  generalAffairs: 'soumu-ka',
  generalAffairsClerical: 'soumu-shomu',
  personnel: 'jinji-ka',
  finance: 'zaisei-ka',
  informationPolicy: 'johoseisaku-ka',
  dxPromotion: 'dx-suishin',
  construction: 'kensetsu-bu',
  roadManagement: 'doro-ka',
  roadOccupancy: 'doro-senyo',
  accounting: 'kaikei-shitsu',
} as const;

type Name = [familyName: string, familyNameKana: string, givenName: string, givenNameKana: string];

/** The people behind the demo accounts of the README, with stable 職員番号. */
const NAMED: { username: string; employeeNo: string; name: Name; unitCode: string; positionCode: PositionCode }[] = [
  {
    username: 'shicho',
    employeeNo: '100001',
    name: ['海野', 'ウミノ', '正義', 'マサヨシ'],
    unitCode: 'minato-city',
    positionCode: 'mayor',
  },
  {
    username: 'fukushicho',
    employeeNo: '100002',
    name: ['浜田', 'ハマダ', '和夫', 'カズオ'],
    unitCode: 'minato-city',
    positionCode: 'deputy-mayor',
  },
  {
    username: 'bucho1',
    employeeNo: '100003',
    name: ['大西', 'オオニシ', '浩一', 'コウイチ'],
    unitCode: 'soumu-bu',
    positionCode: 'director',
  },
  {
    username: 'kacho1',
    employeeNo: '100004',
    name: ['北村', 'キタムラ', '直子', 'ナオコ'],
    unitCode: 'soumu-ka',
    positionCode: 'section-chief',
  },
  {
    username: 'kakaricho1',
    employeeNo: '100005',
    name: ['南', 'ミナミ', '健二', 'ケンジ'],
    unitCode: 'soumu-shomu',
    positionCode: 'subsection-chief',
  },
  {
    username: 'staff1',
    employeeNo: '100006',
    name: ['東', 'ヒガシ', '美穂', 'ミホ'],
    unitCode: 'soumu-shomu',
    positionCode: 'staff',
  },
  {
    username: 'permit1',
    employeeNo: '100007',
    name: ['沖田', 'オキタ', '翔', 'ショウ'],
    unitCode: 'doro-senyo',
    positionCode: 'chief-staff',
  },
  {
    username: 'doro-kacho',
    employeeNo: '100008',
    name: ['杉山', 'スギヤマ', '道雄', 'ミチオ'],
    unitCode: 'doro-ka',
    positionCode: 'section-chief',
  },
  {
    username: 'kaikei1',
    employeeNo: '100009',
    name: ['星野', 'ホシノ', '由紀', 'ユキ'],
    unitCode: 'kaikei-shitsu',
    positionCode: 'senior-staff',
  },
  {
    username: 'jinji1',
    employeeNo: '100010',
    name: ['野村', 'ノムラ', '聡', 'サトシ'],
    unitCode: 'jinji-jinji',
    positionCode: 'chief-staff',
  },
];

/** Demo login name → 職員番号 of the staff record the account belongs to. */
export const DEMO_ACCOUNT_EMPLOYEE_NOS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(NAMED.map((n) => [n.username, n.employeeNo])),
);

const FAMILY: [string, string][] = [
  ['佐藤', 'サトウ'],
  ['鈴木', 'スズキ'],
  ['高橋', 'タカハシ'],
  ['田中', 'タナカ'],
  ['伊藤', 'イトウ'],
  ['渡辺', 'ワタナベ'],
  ['山本', 'ヤマモト'],
  ['中村', 'ナカムラ'],
  ['小林', 'コバヤシ'],
  ['加藤', 'カトウ'],
  ['吉田', 'ヨシダ'],
  ['山田', 'ヤマダ'],
  ['佐々木', 'ササキ'],
  ['山口', 'ヤマグチ'],
  ['松本', 'マツモト'],
  ['井上', 'イノウエ'],
  ['木村', 'キムラ'],
  ['林', 'ハヤシ'],
  ['斎藤', 'サイトウ'],
  ['清水', 'シミズ'],
  ['山崎', 'ヤマザキ'],
  ['森', 'モリ'],
  ['池田', 'イケダ'],
  ['橋本', 'ハシモト'],
  ['阿部', 'アベ'],
  ['石川', 'イシカワ'],
  ['山下', 'ヤマシタ'],
  ['中島', 'ナカジマ'],
  ['石井', 'イシイ'],
  ['小川', 'オガワ'],
  ['前田', 'マエダ'],
  ['岡田', 'オカダ'],
  ['長谷川', 'ハセガワ'],
  ['藤田', 'フジタ'],
  ['後藤', 'ゴトウ'],
  ['近藤', 'コンドウ'],
  ['村上', 'ムラカミ'],
  ['遠藤', 'エンドウ'],
  ['青木', 'アオキ'],
  ['坂本', 'サカモト'],
  ['福田', 'フクダ'],
  ['太田', 'オオタ'],
  ['西村', 'ニシムラ'],
  ['藤井', 'フジイ'],
  ['金子', 'カネコ'],
  ['岡本', 'オカモト'],
  ['藤原', 'フジワラ'],
  ['中野', 'ナカノ'],
  ['三浦', 'ミウラ'],
  ['原田', 'ハラダ'],
  ['中川', 'ナカガワ'],
  ['松田', 'マツダ'],
  ['竹内', 'タケウチ'],
  ['小野', 'オノ'],
  ['田村', 'タムラ'],
  ['中山', 'ナカヤマ'],
  ['和田', 'ワダ'],
  ['石田', 'イシダ'],
  ['森田', 'モリタ'],
  ['上田', 'ウエダ'],
  ['原', 'ハラ'],
  ['内田', 'ウチダ'],
  ['柴田', 'シバタ'],
  ['酒井', 'サカイ'],
  ['工藤', 'クドウ'],
  ['横山', 'ヨコヤマ'],
  ['宮崎', 'ミヤザキ'],
  ['宮本', 'ミヤモト'],
  ['大野', 'オオノ'],
  ['菅原', 'スガワラ'],
];

const GIVEN: [string, string][] = [
  ['太郎', 'タロウ'],
  ['一郎', 'イチロウ'],
  ['健太', 'ケンタ'],
  ['翔太', 'ショウタ'],
  ['大輔', 'ダイスケ'],
  ['拓也', 'タクヤ'],
  ['直樹', 'ナオキ'],
  ['和也', 'カズヤ'],
  ['浩二', 'コウジ'],
  ['誠', 'マコト'],
  ['隆', 'タカシ'],
  ['修', 'オサム'],
  ['亮', 'リョウ'],
  ['剛', 'ツヨシ'],
  ['悠斗', 'ユウト'],
  ['陽介', 'ヨウスケ'],
  ['智也', 'トモヤ'],
  ['雄一', 'ユウイチ'],
  ['秀樹', 'ヒデキ'],
  ['達也', 'タツヤ'],
  ['花子', 'ハナコ'],
  ['恵子', 'ケイコ'],
  ['美咲', 'ミサキ'],
  ['陽子', 'ヨウコ'],
  ['由美', 'ユミ'],
  ['裕子', 'ユウコ'],
  ['真由美', 'マユミ'],
  ['直美', 'ナオミ'],
  ['明美', 'アケミ'],
  ['久美子', 'クミコ'],
  ['愛', 'アイ'],
  ['彩', 'アヤ'],
  ['優子', 'ユウコ'],
  ['麻衣', 'マイ'],
  ['千尋', 'チヒロ'],
  ['沙織', 'サオリ'],
  ['智子', 'トモコ'],
  ['京子', 'キョウコ'],
  ['理恵', 'リエ'],
  ['香織', 'カオリ'],
  ['奈々', 'ナナ'],
  ['舞', 'マイ'],
  ['遥', 'ハルカ'],
  ['結衣', 'ユイ'],
  ['翼', 'ツバサ'],
  ['蓮', 'レン'],
  ['大樹', 'ダイキ'],
  ['康弘', 'ヤスヒロ'],
  ['正人', 'マサト'],
  ['幸子', 'サチコ'],
];

/**
 * Who else works where (besides the named people): [unit, position, how many]. Order matters only
 * for the 職員番号 handed out.
 */
const STAFFING: [unitCode: string, positionCode: PositionCode, count: number][] = [
  ['soumu-bu', 'deputy-director', 1],
  ['shimin-bu', 'director', 1],
  ['fukushi-bu', 'director', 1],
  ['kensetsu-bu', 'director', 1],
  ...[
    'hisho-ka',
    'jinji-ka',
    'zaisei-ka',
    'johoseisaku-ka',
    'shimin-ka',
    'hoken-ka',
    'zeimu-ka',
    'fukushi-ka',
    'kosodate-ka',
    'korei-ka',
    'toshi-ka',
    'kenchiku-ka',
    'kaikei-shitsu',
  ].map((code) => [code, 'section-chief', 1] as [string, PositionCode, number]),
  ...['soumu-ka', 'jinji-ka', 'shimin-ka', 'zeimu-ka', 'doro-ka'].map(
    (code) => [code, 'assistant-chief', 1] as [string, PositionCode, number],
  ),
  ...[
    'soumu-bunsho',
    'jinji-jinji',
    'jinji-kyuyo',
    'zaisei-zaisei',
    'johoseisaku-system',
    'shimin-shomei',
    'zeimu-shiminzei',
    'zeimu-shisanzei',
    'doro-senyo',
    'doro-iji',
    'hisho-ka',
    'hoken-ka',
    'fukushi-ka',
    'kosodate-ka',
    'korei-ka',
    'toshi-ka',
    'kenchiku-ka',
    'kaikei-shitsu',
  ].map((code) => [code, 'subsection-chief', 1] as [string, PositionCode, number]),
  ['soumu-shomu', 'chief-staff', 1],
  ['soumu-shomu', 'staff', 1],
  ['soumu-shomu', 'fiscal-year-staff', 1],
  ['soumu-bunsho', 'senior-staff', 1],
  ['soumu-bunsho', 'staff', 3],
  ['hisho-ka', 'chief-staff', 1],
  ['hisho-ka', 'staff', 2],
  ['jinji-jinji', 'staff', 1],
  ['jinji-kyuyo', 'senior-staff', 1],
  ['jinji-kyuyo', 'staff', 2],
  ['jinji-kyuyo', 'fiscal-year-staff', 1],
  ['zaisei-zaisei', 'senior-staff', 1],
  ['zaisei-zaisei', 'chief-staff', 1],
  ['zaisei-zaisei', 'staff', 2],
  ['johoseisaku-system', 'chief-staff', 1],
  ['johoseisaku-system', 'staff', 1],
  ['dx-suishin', 'senior-staff', 1],
  ['dx-suishin', 'chief-staff', 1],
  ['dx-suishin', 'staff', 1],
  ['shimin-juki', 'chief-staff', 1],
  ['shimin-juki', 'staff', 2],
  ['shimin-juki', 'fiscal-year-staff', 2],
  ['shimin-shomei', 'staff', 2],
  ['shimin-shomei', 'fiscal-year-staff', 1],
  ['hoken-ka', 'senior-staff', 1],
  ['hoken-ka', 'chief-staff', 1],
  ['hoken-ka', 'staff', 3],
  ['zeimu-shiminzei', 'chief-staff', 1],
  ['zeimu-shiminzei', 'staff', 3],
  ['zeimu-shisanzei', 'senior-staff', 1],
  ['zeimu-shisanzei', 'staff', 2],
  ['fukushi-ka', 'chief-staff', 1],
  ['fukushi-ka', 'staff', 3],
  ['kosodate-ka', 'senior-staff', 1],
  ['kosodate-ka', 'staff', 3],
  ['kosodate-ka', 'fiscal-year-staff', 1],
  ['korei-ka', 'chief-staff', 1],
  ['korei-ka', 'staff', 3],
  ['doro-senyo', 'staff', 2],
  ['doro-iji', 'senior-staff', 1],
  ['doro-iji', 'staff', 2],
  ['toshi-ka', 'chief-staff', 1],
  ['toshi-ka', 'staff', 3],
  ['kenchiku-ka', 'senior-staff', 1],
  ['kenchiku-ka', 'staff', 2],
  ['kaikei-shitsu', 'chief-staff', 1],
  ['kaikei-shitsu', 'staff', 1],
];

function build(): OrganisationSeedData {
  const staff: SeedStaff[] = [];
  const postings: SeedPosting[] = [];
  const person = (employeeNo: string, [familyName, familyNameKana, givenName, givenNameKana]: Name): SeedStaff => ({
    employeeNo,
    familyName,
    givenName,
    familyNameKana,
    givenNameKana,
    email: `e${employeeNo}@city.minato.example.jp`,
  });
  const post = (
    employeeNo: string,
    unitCode: string,
    positionCode: PositionCode,
    extra: Partial<SeedPosting> = {},
  ): SeedPosting => ({
    employeeNo,
    unitCode,
    positionCode,
    startDate: FISCAL_YEAR_START,
    endDate: null,
    concurrent: false,
    note: null,
    ...extra,
  });

  for (const n of NAMED) {
    staff.push(person(n.employeeNo, n.name));
    postings.push(post(n.employeeNo, n.unitCode, n.positionCode));
  }

  let next = 11;
  const firstOf = new Map<string, string>(); // `${unit}/${position}` → employeeNo of the first holder
  for (const [unitCode, positionCode, count] of STAFFING) {
    for (let k = 0; k < count; k += 1) {
      const i = next - 11;
      const employeeNo = String(100000 + next);
      next += 1;
      const [familyName, familyNameKana] = FAMILY[i % FAMILY.length];
      const [givenName, givenNameKana] = GIVEN[(i * 13 + 7) % GIVEN.length];
      staff.push(person(employeeNo, [familyName, familyNameKana, givenName, givenNameKana]));
      postings.push(post(employeeNo, unitCode, positionCode));
      if (!firstOf.has(`${unitCode}/${positionCode}`)) firstOf.set(`${unitCode}/${positionCode}`, employeeNo);
    }
  }
  const holder = (unitCode: string, positionCode: PositionCode) => {
    const named = NAMED.find((n) => n.unitCode === unitCode && n.positionCode === positionCode);
    const employeeNo = named?.employeeNo ?? firstOf.get(`${unitCode}/${positionCode}`);
    if (!employeeNo) throw new Error(`demo organisation: nobody holds ${positionCode} in ${unitCode}`);
    return employeeNo;
  };

  // 兼務: the 情報政策課長 also heads DX推進室; the 証明係長 also covers the vacant 住民記録係長 post.
  postings.push(
    post(holder('johoseisaku-ka', 'section-chief'), 'dx-suishin', 'section-chief', {
      concurrent: true,
      note: 'DX推進室長 兼務',
    }),
  );
  postings.push(
    post(holder('shimin-shomei', 'subsection-chief'), 'shimin-juki', 'subsection-chief', {
      concurrent: true,
      note: '住民記録係長 事務取扱',
    }),
  );

  // Earlier posts (history): promotions at the 2026-04-01 異動.
  postings.push(post('100004', 'jinji-ka', 'assistant-chief', { startDate: '2024-04-01', endDate: '2026-03-31' }));
  postings.push(post('100005', 'jinji-jinji', 'chief-staff', { startDate: '2023-04-01', endDate: '2026-03-31' }));

  // A transfer registered in advance: a 証明係 主事 moves to 占用担当 on 2027-04-01.
  const mover = postings.find((p) => p.unitCode === 'shimin-shomei' && p.positionCode === 'staff')!;
  mover.endDate = '2027-03-31';
  postings.push(
    post(mover.employeeNo, 'doro-senyo', 'staff', {
      startDate: DEMO_FUTURE_TRANSFER_DATE,
      note: '令和9年4月1日付 定期人事異動',
    }),
  );

  return { units: UNITS, staff, postings, deputies: DEPUTIES };
}

const d = (
  unitCode: string,
  positionCode: PositionCode,
  deputyUnitCode: string,
  deputyPositionCode: PositionCode,
  priority: number,
): SeedDeputy => ({
  unitCode,
  positionCode,
  deputyUnitCode,
  deputyPositionCode,
  priority,
});

/** 代決者: the 市長 and 副市長, every 部長 and every 課長 (課長補佐 first where there is one, then a 係長). */
const DEPUTIES: SeedDeputy[] = [
  d('minato-city', 'mayor', 'minato-city', 'deputy-mayor', 1),
  d('minato-city', 'deputy-mayor', 'soumu-bu', 'director', 1),
  d('soumu-bu', 'director', 'soumu-bu', 'deputy-director', 1),
  d('soumu-bu', 'director', 'soumu-ka', 'section-chief', 2),
  d('shimin-bu', 'director', 'shimin-ka', 'section-chief', 1),
  d('fukushi-bu', 'director', 'fukushi-ka', 'section-chief', 1),
  d('kensetsu-bu', 'director', 'doro-ka', 'section-chief', 1),
  d('hisho-ka', 'section-chief', 'hisho-ka', 'subsection-chief', 1),
  d('soumu-ka', 'section-chief', 'soumu-ka', 'assistant-chief', 1),
  d('soumu-ka', 'section-chief', 'soumu-shomu', 'subsection-chief', 2),
  d('jinji-ka', 'section-chief', 'jinji-ka', 'assistant-chief', 1),
  d('jinji-ka', 'section-chief', 'jinji-jinji', 'subsection-chief', 2),
  d('zaisei-ka', 'section-chief', 'zaisei-zaisei', 'subsection-chief', 1),
  d('johoseisaku-ka', 'section-chief', 'johoseisaku-system', 'subsection-chief', 1),
  d('shimin-ka', 'section-chief', 'shimin-ka', 'assistant-chief', 1),
  d('shimin-ka', 'section-chief', 'shimin-shomei', 'subsection-chief', 2),
  d('hoken-ka', 'section-chief', 'hoken-ka', 'subsection-chief', 1),
  d('zeimu-ka', 'section-chief', 'zeimu-ka', 'assistant-chief', 1),
  d('zeimu-ka', 'section-chief', 'zeimu-shiminzei', 'subsection-chief', 2),
  d('fukushi-ka', 'section-chief', 'fukushi-ka', 'subsection-chief', 1),
  d('kosodate-ka', 'section-chief', 'kosodate-ka', 'subsection-chief', 1),
  d('korei-ka', 'section-chief', 'korei-ka', 'subsection-chief', 1),
  d('doro-ka', 'section-chief', 'doro-ka', 'assistant-chief', 1),
  d('doro-ka', 'section-chief', 'doro-senyo', 'subsection-chief', 2),
  d('toshi-ka', 'section-chief', 'toshi-ka', 'subsection-chief', 1),
  d('kenchiku-ka', 'section-chief', 'kenchiku-ka', 'subsection-chief', 1),
  d('kaikei-shitsu', 'section-chief', 'kaikei-shitsu', 'subsection-chief', 1),
];

export const DEMO_ORGANISATION: OrganisationSeedData = build();
