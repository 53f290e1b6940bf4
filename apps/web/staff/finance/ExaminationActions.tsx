import { useState } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Notice, TextArea } from '../../shared/components';

/** The 会計室's decision on one examination task: approve, or send back to the drafter with the reason. */
export function ExaminationActions({ taskId, label, onDone }: { taskId: number; label: string; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (action: 'approve' | 'send-back') => {
    setFailure(null);
    if (action === 'send-back' && !reason.trim()) {
      setReasonError('差し戻す理由を入力してください。');
      return;
    }
    setReasonError(undefined);
    setBusy(true);
    try {
      await api('POST', `/api/workflow/tasks/${taskId}/${action}`, {
        body: reason.trim() ? { comment: reason.trim() } : {},
      });
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.fieldMessage('comment')) setReasonError(e.fieldMessage('comment'));
      else setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <TextArea
        label={`${label}の審査意見・差戻しの理由`}
        hint="差し戻すときは理由が必要です。"
        value={reason}
        maxLength={400}
        onChange={(e) => setReason(e.target.value)}
        error={reasonError}
      />
      {failure && <Notice kind="error">{failure}</Notice>}
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void act('approve')}>
          審査して承認
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void act('send-back')}
        >
          差し戻す
        </button>
      </div>
    </div>
  );
}
