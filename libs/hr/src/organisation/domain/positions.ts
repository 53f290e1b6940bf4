/**
 * The position ladder (職位) of a city hall. Reference data: the migration seeds exactly these rows,
 * and code everywhere refers to positions by their stable English code. Lower rank = more authority.
 */
export const POSITION_CODES = [
  'mayor',
  'deputy-mayor',
  'director',
  'deputy-director',
  'section-chief',
  'assistant-chief',
  'subsection-chief',
  'senior-staff',
  'chief-staff',
  'staff',
  'fiscal-year-staff',
] as const;
export type PositionCode = (typeof POSITION_CODES)[number];

export interface PositionDefinition {
  code: PositionCode;
  name: string;
  rank: number;
}

export const POSITIONS: readonly PositionDefinition[] = [
  { code: 'mayor', name: '市長', rank: 1 },
  { code: 'deputy-mayor', name: '副市長', rank: 2 },
  { code: 'director', name: '部長', rank: 3 },
  { code: 'deputy-director', name: '次長', rank: 4 },
  { code: 'section-chief', name: '課長', rank: 5 },
  { code: 'assistant-chief', name: '課長補佐', rank: 6 },
  { code: 'subsection-chief', name: '係長', rank: 7 },
  { code: 'senior-staff', name: '主査', rank: 8 },
  { code: 'chief-staff', name: '主任', rank: 9 },
  { code: 'staff', name: '主事', rank: 10 },
  { code: 'fiscal-year-staff', name: '会計年度任用職員', rank: 11 },
];

/** 係長 and above are 管理職 for routing and the derived `manager` role. */
export const MANAGER_MAX_RANK = 7;

export function isPositionCode(value: string): value is PositionCode {
  return (POSITION_CODES as readonly string[]).includes(value);
}

export function positionByCode(code: string): PositionDefinition | undefined {
  return POSITIONS.find((p) => p.code === code);
}

/** True when a position of this rank makes its holder a manager of the unit (係長 or higher). */
export function isManagerRank(rank: number): boolean {
  return rank <= MANAGER_MAX_RANK;
}
