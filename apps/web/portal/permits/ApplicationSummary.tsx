import { DateText } from '../../shared/components';
import { PlaceMap, type MapArea } from './PlaceMap';
import { verticesOf } from './geometry';
import { GEOMETRY_LABELS, KIND_LABELS, UNIT_LABELS } from './labels';
import type { ApplicationInput, CitedPermit, OccupancyCategory } from './types';

/** What was applied for, as the applicant entered it: the same view on the portal and for the clerks. */
export function ApplicationSummary({
  application,
  category,
  areas,
}: {
  application: ApplicationInput & {
    feeDistrict?: number;
    citedPermit?: CitedPermit | null;
    citedHolderName?: string | null;
  };
  category: OccupancyCategory | undefined;
  areas?: readonly MapArea[];
}) {
  const a = application;
  return (
    <>
      <dl className="summary">
        <dt>申請の種類</dt>
        <dd>{KIND_LABELS[a.kind]}</dd>
        {a.kind !== 'new' && (
          <>
            <dt>現在の許可</dt>
            <dd data-testid="cited-permit">
              {a.citedPermit ? (
                <>
                  {a.citedPermit.permitNumber}（<DateText value={a.citedPermit.period.from} />〜
                  <DateText value={a.citedPermit.period.to} />）
                </>
              ) : (
                (a.citedPermitNumber ?? '—')
              )}
            </dd>
          </>
        )}
        {a.kind === 'succession' && (
          <>
            <dt>現在の占用者</dt>
            <dd>{a.citedHolderName ?? a.currentHolderName ?? '—'}</dd>
          </>
        )}
        <dt>占用物件</dt>
        <dd>{category?.name ?? a.categoryCode}</dd>
        {category?.fields.map((field) => (
          <FieldLine key={field.key} label={field.label} value={a.fields[field.key]} />
        ))}
        <dt>数量</dt>
        <dd>
          {a.quantity}
          {category ? UNIT_LABELS[category.unit] : ''}
        </dd>
        <dt>場所</dt>
        <dd>{a.address}</dd>
        <dt>路線名</dt>
        <dd>{a.roadName}</dd>
        {a.feeDistrict !== undefined && (
          <>
            <dt>級地</dt>
            <dd>{a.feeDistrict}級地</dd>
          </>
        )}
        <dt>占用期間</dt>
        <dd>
          <DateText value={a.periodFrom} />〜<DateText value={a.periodTo} />
        </dd>
        <dt>道路使用許可</dt>
        <dd>{a.policeConsultation ? '必要（車道での工事等）' : '不要'}</dd>
      </dl>
      <PlaceMap
        shapes={[{ key: 'place', geometryType: a.geometry.type, vertices: verticesOf(a.geometry) }]}
        areas={areas}
        description={`占用場所の地図（${GEOMETRY_LABELS[a.geometry.type]}、${a.address}）`}
      />
    </>
  );
}

function FieldLine({ label, value }: { label: string; value: unknown }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === undefined || value === null || value === '' ? '—' : String(value)}</dd>
    </>
  );
}
