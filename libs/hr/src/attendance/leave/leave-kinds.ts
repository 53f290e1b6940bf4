/** How a leave kind may be taken: whole days, half days (午前・午後) or hours. */
export const LEAVE_UNITS = ['day', 'halfDay', 'hour'] as const;
export type LeaveUnit = (typeof LEAVE_UNITS)[number];

export interface LeaveKindSpec {
  code: string;
  name: string;
  paid: boolean;
  units: LeaveUnit[];
  /** Days granted per calendar year, with a balance; null = no balance of its own (annual leave has its own rules). */
  yearlyDays: number | null;
  /** At most this many days in one request (e.g. 忌引 by the nearest relation); null = no limit. */
  maxDaysPerRequest: number | null;
  /** Only within these months of the year (夏季休暇: July–September); null = any month. */
  monthFrom: number | null;
  monthTo: number | null;
  /** Its whole days count as worked for the 出勤率8割 of the annual-leave grant (rules/attendance-rate). */
  countsAsWorked: boolean;
}

/** The annual leave (年次有給休暇) kind: granted by the rules in rules/annual-leave, carried over. */
export const ANNUAL_LEAVE = 'annual';

/**
 * The city's leave kinds (休暇の種類), seeded by the migration as reference data. Special leave follows the
 * city's 勤務時間条例 as cities usually set it; HR may adjust the rows.
 */
export const LEAVE_KINDS: LeaveKindSpec[] = [
  {
    code: ANNUAL_LEAVE,
    name: '年次有給休暇',
    paid: true,
    units: ['day', 'halfDay', 'hour'],
    yearlyDays: null,
    maxDaysPerRequest: null,
    monthFrom: null,
    monthTo: null,
    countsAsWorked: true,
  },
  {
    code: 'sick',
    name: '病気休暇',
    paid: true,
    units: ['day', 'halfDay', 'hour'],
    yearlyDays: null,
    maxDaysPerRequest: 90,
    monthFrom: null,
    monthTo: null,
    countsAsWorked: false,
  },
  {
    code: 'summer',
    name: '夏季休暇',
    paid: true,
    units: ['day'],
    yearlyDays: 5,
    maxDaysPerRequest: null,
    monthFrom: 7,
    monthTo: 9,
    countsAsWorked: true,
  },
  {
    code: 'bereavement',
    name: '忌引休暇（慶弔）',
    paid: true,
    units: ['day'],
    yearlyDays: null,
    maxDaysPerRequest: 7,
    monthFrom: null,
    monthTo: null,
    countsAsWorked: true,
  },
  {
    code: 'marriage',
    name: '結婚休暇（慶弔）',
    paid: true,
    units: ['day'],
    yearlyDays: null,
    maxDaysPerRequest: 5,
    monthFrom: null,
    monthTo: null,
    countsAsWorked: true,
  },
  {
    code: 'maternity',
    name: '産前産後休暇（出産）',
    paid: true,
    units: ['day'],
    yearlyDays: null,
    maxDaysPerRequest: 98,
    monthFrom: null,
    monthTo: null,
    countsAsWorked: true,
  },
  {
    code: 'spouseBirth',
    name: '配偶者出産休暇',
    paid: true,
    units: ['day', 'halfDay'],
    yearlyDays: null,
    maxDaysPerRequest: 2,
    monthFrom: null,
    monthTo: null,
    countsAsWorked: true,
  },
  {
    code: 'childcare',
    name: '育児時間（育児）',
    paid: false,
    units: ['hour'],
    yearlyDays: null,
    maxDaysPerRequest: 1,
    monthFrom: null,
    monthTo: null,
    countsAsWorked: true,
  },
  {
    code: 'workInjury',
    name: '公務災害による休業（業務上の傷病）',
    paid: true,
    units: ['day'],
    yearlyDays: null,
    maxDaysPerRequest: null,
    monthFrom: null,
    monthTo: null,
    countsAsWorked: true,
  },
  {
    code: 'childcareLeave',
    name: '育児休業',
    paid: false,
    units: ['day'],
    yearlyDays: null,
    maxDaysPerRequest: null,
    monthFrom: null,
    monthTo: null,
    countsAsWorked: true,
  },
  {
    code: 'careLeave',
    name: '介護休業',
    paid: false,
    units: ['day'],
    yearlyDays: null,
    maxDaysPerRequest: null,
    monthFrom: null,
    monthTo: null,
    countsAsWorked: true,
  },
];
