import { Loading, Notice } from '../../shared/components';
import { useApi } from '../../staff/useApi';
import type { ApplicationDetail } from '../permits/types';
import { ApplyPage } from './ApplyPage';

/** 補正: the application form again, filled in with what was submitted. */
export function CorrectPage({ id }: { id: number }) {
  const { data, error } = useApi<ApplicationDetail>(`/api/portal/permits/applications/${id}`);
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data) return <Loading />;
  if (data.stage !== 'correctionRequested') return <Notice kind="info">この申請には補正の依頼がありません。</Notice>;
  return <ApplyPage correcting={data} />;
}
