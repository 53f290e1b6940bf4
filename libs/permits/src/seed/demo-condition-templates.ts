import type { ConditionTemplate } from '../review/review-records';

/** みなと市道路管理課の標準的な許可条件 (demo), modelled on the conditions road administrators commonly attach. */
export const DEMO_CONDITION_TEMPLATES: ConditionTemplate[] = [
  {
    code: 'works-hours',
    title: '工事の時間',
    body: '占用に係る工事は、午前9時から午後5時までの間に行うこと。ただし、道路管理者が別に指示したときは、その指示に従うこと。',
    categoryCodes: null,
  },
  {
    code: 'safety',
    title: '保安設備',
    body: '工事中は、道路標識、バリケード、夜間照明その他の保安設備を設け、必要に応じて交通誘導員を配置して、一般交通の安全を確保すること。',
    categoryCodes: null,
  },
  {
    code: 'restore',
    title: '原状回復',
    body: '占用期間が満了したとき、又は占用を廃止したときは、直ちに占用物件を除却し、道路を原状に回復して道路管理者の検査を受けること。',
    categoryCodes: null,
  },
  {
    code: 'maintenance',
    title: '維持管理',
    body: '占用物件は常に良好な状態に維持管理し、道路の構造又は交通に支障を及ぼすおそれが生じたときは、直ちに必要な措置を講じること。',
    categoryCodes: null,
  },
  {
    code: 'changes',
    title: '変更の届出',
    body: '占用者の住所又は氏名（法人にあっては名称又は代表者）に変更があったときは、遅滞なく道路管理者に届け出ること。',
    categoryCodes: null,
  },
  {
    code: 'pole-plate',
    title: '表示',
    body: '電柱には、占用者名、許可番号及び占用期間を見やすい箇所に表示すること。',
    categoryCodes: ['pole-1'],
  },
  {
    code: 'buried-marker',
    title: '埋設表示',
    body: '埋設管の上部には埋設標識シートを設け、管の名称、管理者及び埋設年を表示すること。',
    categoryCodes: ['gas-pipe-small'],
  },
  {
    code: 'sign-safety',
    title: '看板の安全',
    body: '看板は風圧等により倒壊又は落下することのないよう堅固に設置し、年1回以上点検してその結果を記録すること。',
    categoryCodes: ['sign'],
  },
  {
    code: 'police-permit',
    title: '道路使用許可',
    body: '車道を使用する工事は、所轄警察署長の道路使用許可を受け、その条件を遵守すること。',
    categoryCodes: ['scaffold', 'gas-pipe-small'],
  },
];
