import type { FeeQuoteRequest } from '../permits/FeeBreakdown';
import { geometryOf, MIN_VERTICES, verticesOf } from '../permits/geometry';
import { GEOMETRY_OF_UNIT } from '../permits/labels';
import type {
  ApplicationDetail,
  ApplicationInput,
  ApplicationKind,
  GeometryType,
  OccupancyCategory,
  Position,
} from '../permits/types';

/** The application form as typed: text until it is submitted, so half-typed numbers stay as they are. */
export interface Draft {
  kind: ApplicationKind;
  /** 現在の許可番号, asked for every kind but 新規. */
  citedPermitNumber: string;
  /** 現在の占用者, asked for 承継. */
  currentHolderName: string;
  categoryCode: string;
  fields: Record<string, string>;
  quantity: string;
  address: string;
  roadName: string;
  geometryType: GeometryType;
  vertices: Position[];
  periodFrom: string;
  periodTo: string;
  policeConsultation: boolean;
  /** The file chosen per required attachment kind. */
  files: Record<string, File>;
}

export const EMPTY_DRAFT: Draft = {
  kind: 'new',
  citedPermitNumber: '',
  currentHolderName: '',
  categoryCode: '',
  fields: {},
  quantity: '',
  address: '',
  roadName: '',
  geometryType: 'Point',
  vertices: [],
  periodFrom: '',
  periodTo: '',
  policeConsultation: false,
  files: {},
};

export const STEPS = ['種類と区分', '物件の内容', '場所', '期間', '添付書類', '確認'] as const;

/** Which step shows the API's message for a field. */
export function stepOfField(field: string): number {
  if (['kind', 'citedPermitNumber', 'currentHolderName', 'categoryCode'].includes(field)) return 0;
  if (field === 'quantity' || field.startsWith('fields.')) return 1;
  if (['address', 'roadName', 'geometry'].includes(field)) return 2;
  if (['periodFrom', 'periodTo', 'policeConsultation'].includes(field)) return 3;
  return 5;
}

export function draftOf(application: ApplicationDetail): Draft {
  return {
    kind: application.kind,
    citedPermitNumber: application.citedPermit?.permitNumber ?? '',
    currentHolderName: application.citedHolderName ?? '',
    categoryCode: application.categoryCode,
    fields: Object.fromEntries(Object.entries(application.fields).map(([k, v]) => [k, String(v)])),
    quantity: String(application.quantity),
    address: application.address,
    roadName: application.roadName,
    geometryType: application.geometry.type,
    vertices: verticesOf(application.geometry),
    periodFrom: application.periodFrom,
    periodTo: application.periodTo,
    policeConsultation: application.policeConsultation,
    files: {},
  };
}

/** A new category starts its own fields and shape afresh. */
export function withCategory(draft: Draft, category: OccupancyCategory): Draft {
  return { ...draft, categoryCode: category.code, fields: {}, geometryType: GEOMETRY_OF_UNIT[category.unit] };
}

export function inputOf(draft: Draft, category: OccupancyCategory): ApplicationInput {
  const fields: Record<string, unknown> = {};
  for (const field of category.fields) {
    const text = draft.fields[field.key]?.trim() ?? '';
    if (text !== '') fields[field.key] = field.type === 'number' ? Number(text) : text;
  }
  return {
    kind: draft.kind,
    // Only what the kind asks for is sent: a number typed before switching back to 新規 is not an error.
    ...(draft.kind !== 'new' && { citedPermitNumber: draft.citedPermitNumber.trim() }),
    ...(draft.kind === 'succession' && { currentHolderName: draft.currentHolderName.trim() }),
    categoryCode: category.code,
    fields,
    address: draft.address.trim(),
    roadName: draft.roadName.trim(),
    geometry: geometryOf(draft.geometryType, draft.vertices),
    quantity: Number(draft.quantity),
    periodFrom: draft.periodFrom,
    periodTo: draft.periodTo,
    policeConsultation: draft.policeConsultation,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 道路法施行令9条's limit, worded as the API words it, so the message comes before submitting. */
function periodLimitProblem(from: string, to: string, maxYears: number): string | null {
  if (to < from) return '占用期間の終期は始期以後の日付にしてください。';
  const [y, m, d] = from.split('-').map(Number);
  const lastAllowed = new Date(Date.UTC(y + maxYears, m - 1, d - 1)).toISOString().slice(0, 10);
  return to > lastAllowed ? `この占用物件の占用期間は${maxYears}年以内です（${from}から${lastAllowed}まで）。` : null;
}

/** The messages a step shows before it lets the applicant go on; the API checks everything again. */
export function stepProblems(step: number, draft: Draft, category: OccupancyCategory | undefined) {
  const problems: Record<string, string> = {};
  if (step === 0) {
    if (draft.kind !== 'new' && !draft.citedPermitNumber.trim()) {
      problems.citedPermitNumber = '現在の許可番号（例: 港道占第12号）を入力してください。';
    }
    if (draft.kind === 'succession' && !draft.currentHolderName.trim()) {
      problems.currentHolderName = '許可書に記載された現在の占用者を入力してください。';
    }
    if (!category) problems.categoryCode = '占用物件の区分を選んでください。';
  }
  if (step === 1 && category) {
    for (const field of category.fields) {
      const text = draft.fields[field.key]?.trim() ?? '';
      if (field.required && text === '') problems[`fields.${field.key}`] = `${field.label}を入力してください。`;
      else if (field.type === 'number' && text !== '' && !Number.isFinite(Number(text))) {
        problems[`fields.${field.key}`] = `${field.label}は数値で入力してください。`;
      }
    }
    if (!(Number(draft.quantity) > 0)) problems.quantity = '数量を入力してください。';
  }
  if (step === 2) {
    if (!draft.address.trim()) problems.address = '場所（住所）を入力してください。';
    if (!draft.roadName.trim()) problems.roadName = '路線名を入力してください。';
    const usable = draft.vertices.filter((v) => v.every(Number.isFinite)).length;
    if (usable !== draft.vertices.length) problems.geometry = '経度・緯度を数値で入力してください。';
    else if (usable < MIN_VERTICES[draft.geometryType]) {
      problems.geometry = `地図で地点を${MIN_VERTICES[draft.geometryType]}つ以上指定してください。`;
    }
  }
  if (step === 3) {
    if (!DATE.test(draft.periodFrom)) problems.periodFrom = '始期を入力してください。';
    if (!DATE.test(draft.periodTo)) problems.periodTo = '終期を入力してください。';
    else if (category && DATE.test(draft.periodFrom)) {
      const problem = periodLimitProblem(draft.periodFrom, draft.periodTo, category.maxYears);
      if (problem) problems.periodTo = problem;
    }
  }
  return problems;
}

/** The live quote's request, once the draft has enough to price: the 級地 follows from the drawn place. */
export function quoteRequest(draft: Draft, category: OccupancyCategory | undefined): FeeQuoteRequest | null {
  const quantity = Number(draft.quantity);
  const dated = /^\d{4}-\d{2}-\d{2}$/;
  if (!category || !(quantity > 0) || !dated.test(draft.periodFrom) || !dated.test(draft.periodTo)) return null;
  if (draft.periodTo < draft.periodFrom) return null;
  if (stepProblems(2, draft, category).geometry) return null;
  return {
    category: category.feeCategory,
    geometry: geometryOf(draft.geometryType, draft.vertices),
    quantity,
    from: draft.periodFrom,
    to: draft.periodTo,
  };
}
