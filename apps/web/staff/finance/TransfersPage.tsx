import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { DateText, Loading, Notice, PageTitle, SelectField, TextField } from '../../shared/components';
import { formatDate, todayInJapan } from '../../shared/format';
import { useApi } from '../useApi';
import { FinanceNav } from './FinanceNav';
import { formatYen } from './finance-labels';
import type { TransferBatch } from './finance-types';

interface DesignatedBank {
  requesterCode: string;
  nameKana: string;
  bankCode: string;
  bankNameKana: string;
  branchCode: string;
  branchNameKana: string;
  accountType: string;
  accountNumber: string;
}

const EMPTY_BANK: DesignatedBank = {
  requesterCode: '',
  nameKana: '',
  bankCode: '',
  bankNameKana: '',
  branchCode: '',
  branchNameKana: '',
  accountType: 'current',
  accountNumber: '',
};

const BANK_FIELDS: { field: keyof DesignatedBank; label: string; hint: string }[] = [
  { field: 'requesterCode', label: '依頼人コード', hint: '金融機関から通知された委託者コード（半角数字10桁）' },
  { field: 'nameKana', label: '依頼人名（カナ）', hint: '半角40文字以内。ひらがな・全角カナは半角カナにします。' },
  { field: 'bankCode', label: '金融機関コード', hint: '半角数字4桁' },
  { field: 'bankNameKana', label: '金融機関名（カナ）', hint: '半角15文字以内' },
  { field: 'branchCode', label: '支店コード', hint: '半角数字3桁' },
  { field: 'branchNameKana', label: '支店名（カナ）', hint: '半角15文字以内' },
  { field: 'accountNumber', label: '口座番号', hint: '半角数字7桁' },
];

/** 指定金融機関: the city's account every transfer file is requested from. */
function DesignatedBankForm() {
  const saved = useApi<{ designatedBank: DesignatedBank | null }>('/api/finance/designated-bank');
  const [bank, setBank] = useState<DesignatedBank>(EMPTY_BANK);
  const [error, setError] = useState<ApiError | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    if (saved.data?.designatedBank) setBank(saved.data.designatedBank);
  }, [saved.data]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setFailure(null);
    setDone(null);
    try {
      const {
        requesterCode,
        nameKana,
        bankCode,
        bankNameKana,
        branchCode,
        branchNameKana,
        accountType,
        accountNumber,
      } = bank;
      setBank(
        await api<DesignatedBank>('PUT', '/api/finance/designated-bank', {
          body: {
            requesterCode,
            nameKana,
            bankCode,
            bankNameKana,
            branchCode,
            branchNameKana,
            accountType,
            accountNumber,
          },
        }),
      );
      setDone('指定金融機関の設定を保存しました。次の振込データから使います。');
    } catch (e) {
      if (e instanceof ApiError && e.fields.length > 0) setError(e);
      else setFailure(messageOf(e));
    }
  };

  return (
    <section aria-labelledby="bank-heading">
      <h2 id="bank-heading">指定金融機関（振込依頼人）</h2>
      {saved.error && <Notice kind="error">{saved.error}</Notice>}
      <form onSubmit={save} noValidate className="narrow">
        {BANK_FIELDS.map(({ field, label, hint }) => (
          <TextField
            key={field}
            label={label}
            hint={hint}
            required
            value={bank[field]}
            onChange={(e) => setBank({ ...bank, [field]: e.target.value })}
            error={error?.fieldMessage(field)}
          />
        ))}
        <SelectField
          label="預金種目"
          value={bank.accountType}
          onChange={(e) => setBank({ ...bank, accountType: e.target.value })}
          error={error?.fieldMessage('accountType')}
          choices={[
            { value: 'current', label: '当座' },
            { value: 'ordinary', label: '普通' },
          ]}
        />
        {failure && <Notice kind="error">{failure}</Notice>}
        {done && <Notice kind="success">{done}</Notice>}
        <div className="actions">
          <button type="submit" className="button button--secondary">
            設定を保存
          </button>
        </div>
      </form>
    </section>
  );
}

/** 振込データ: the 会計室 pays every examined order in one run and downloads the Zengin file for the bank. */
export function TransfersPage() {
  const batches = useApi<TransferBatch[]>('/api/finance/transfer-batches');
  const [transferDate, setTransferDate] = useState(todayInJapan());
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setDone(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(transferDate)) return setDateError('振込日を入力してください。');
    setDateError(undefined);
    setBusy(true);
    try {
      const batch = await api<TransferBatch>('POST', '/api/finance/transfer-batches', { body: { transferDate } });
      setDone(`${batch.count}件（${formatYen(batch.total)}）の振込データを作成しました。`);
      await batches.reload();
    } catch (e) {
      if (e instanceof ApiError && e.fieldMessage('transferDate')) setDateError(e.fieldMessage('transferDate'));
      else setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title="振込データ">振込データ（全銀協フォーマット）</PageTitle>
      <FinanceNav />
      <form onSubmit={run} noValidate className="narrow">
        <TextField
          label="振込日"
          type="date"
          required
          value={transferDate}
          onChange={(e) => setTransferDate(e.target.value)}
          error={dateError}
          hint="審査済みの支出命令をすべてこの日の振込にします。"
        />
        {failure && <Notice kind="error">{failure}</Notice>}
        {done && <Notice kind="success">{done}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            振込データを作成
          </button>
        </div>
      </form>
      <section aria-labelledby="batches-heading">
        <h2 id="batches-heading">作成済みの振込データ</h2>
        {batches.error && <Notice kind="error">{batches.error}</Notice>}
        {!batches.data && !batches.error && <Loading />}
        {batches.data && batches.data.length === 0 && <p>まだありません。</p>}
        {batches.data && batches.data.length > 0 && (
          <ul>
            {batches.data.map((b) => (
              <li key={b.id}>
                <a href={`/api/finance/transfer-batches/${b.id}/transfer-file`} download>
                  振込日 {formatDate(b.transferDate)}：{b.count}件 {formatYen(b.total)}（Shift_JIS）をダウンロード
                </a>{' '}
                （作成 <DateText value={b.createdAt} withTime />）
              </li>
            ))}
          </ul>
        )}
      </section>
      <DesignatedBankForm />
    </>
  );
}
