import { useState } from 'react';
import { useApi } from '../../staff/useApi';
import type { OccupancyCategory } from '../permits/types';
import { withCategory, type Draft } from './draft';

/** The application form's state: the categories it offers, the draft, and the chosen category's data. */
export function useDraft(initial: () => Draft) {
  const categories = useApi<OccupancyCategory[]>('/api/portal/permits/categories');
  const [draft, setDraft] = useState<Draft>(initial);
  return {
    categories,
    draft,
    category: categories.data?.find((c) => c.code === draft.categoryCode),
    change: (next: Partial<Draft>) => setDraft((d) => ({ ...d, ...next })),
    chooseCategory: (category: OccupancyCategory) => setDraft((d) => withCategory(d, category)),
  };
}
