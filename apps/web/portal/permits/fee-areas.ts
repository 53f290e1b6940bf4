import { useEffect, useState } from 'react';
import { api, messageOf } from '../../shared/api';
import { useApi } from '../../staff/useApi';
import type { MapArea } from './PlaceMap';
import type { FeeAreaTable, PlaceDistrict, PlaceGeometry } from './types';

const today = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

/** The 級地 areas of the table in force today, to shade on the map (the list comes newest first). */
export function useFeeAreas(): readonly MapArea[] {
  const { data } = useApi<FeeAreaTable[]>('/api/permits/fee-area-tables');
  return data?.find((t) => t.effectiveFrom <= today())?.areas ?? [];
}

/** The 級地 the place falls in on a date, as the API decides it for the fee; null until there is a place. */
export function useFeeDistrict(geometry: PlaceGeometry | null, on: string | null) {
  const [district, setDistrict] = useState<PlaceDistrict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = geometry ? JSON.stringify({ geometry, on: on ?? undefined }) : null;
  useEffect(() => {
    setDistrict(null);
    setError(null);
    if (!key) return;
    let current = true;
    api<PlaceDistrict>('POST', '/api/permits/fee-district', { body: JSON.parse(key) as object, anonymous: true })
      .then((d) => current && setDistrict(d))
      .catch((e: unknown) => current && setError(messageOf(e)));
    return () => {
      current = false;
    };
  }, [key]);
  return { district, error };
}
