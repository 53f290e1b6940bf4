import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Notice, PageTitle, TextArea, TextField } from '../../shared/components';
import { navigate } from '../../shared/router';
import { FileField, RadioGroup, readPickedFiles, type PickedFile } from './fields';
import { choicesOf, DISCLOSURE_LABELS } from './labels';
import { todayInJapan } from './dates';
import { useOrganisation } from './org';
import { RecordFilePicker } from './RecordFilePicker';
import type { CityDocument, DisclosureClass } from './types';
import { uploadAttachment } from './upload';

/** 収受: an incoming document (scanned paper or electronic) is registered with its sender and numbered. */
export function ReceivePage() {
  const org = useOrganisation();
  const [title, setTitle] = useState('');
  const [sender, setSender] = useState('');
  const [senderNumber, setSenderNumber] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayInJapan);
  const [recordFileId, setRecordFileId] = useState('');
  const [disclosure, setDisclosure] = useState<DisclosureClass>('public');
  const [body, setBody] = useState('');
  const [scan, setScan] = useState<PickedFile[]>([]);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const received = await api<CityDocument>('POST', '/api/documents/received', {
        body: {
          title: title.trim(),
          sender: sender.trim(),
          ...(senderNumber.trim() ? { senderNumber: senderNumber.trim() } : {}),
          receivedOn,
          recordFileId: Number(recordFileId) || undefined,
          disclosure,
          body,
        },
      });
      for (const file of scan) {
        await uploadAttachment(received.id, file).catch((e: unknown) => {
          throw new Error(`収受は登録しました（${received.docNumber}）が、添付できませんでした。${messageOf(e)}`);
        });
      }
      navigate(`/staff/documents/${received.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const field = (name: string) => (error instanceof ApiError ? error.fieldMessage(name) : undefined);
  return (
    <>
      <PageTitle title="収受の登録">収受の登録</PageTitle>
      <form onSubmit={submit} noValidate className="narrow">
        <TextField
          label="件名"
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={field('title')}
        />
        <TextField
          label="差出人"
          required
          maxLength={200}
          value={sender}
          onChange={(e) => setSender(e.target.value)}
          error={field('sender')}
        />
        <TextField
          label="先方の文書番号"
          hint="例: 港土第45号"
          maxLength={60}
          value={senderNumber}
          onChange={(e) => setSenderNumber(e.target.value)}
          error={field('senderNumber')}
        />
        <TextField
          label="収受日"
          type="date"
          required
          value={receivedOn}
          onChange={(e) => setReceivedOn(e.target.value)}
          error={field('receivedOn')}
        />
        <RecordFilePicker
          section={org.mySection}
          label="簿冊"
          value={recordFileId}
          onChange={setRecordFileId}
          error={field('recordFileId')}
        />
        <RadioGroup
          label="公開区分"
          name="disclosure"
          value={disclosure}
          onChange={(v) => setDisclosure(v as DisclosureClass)}
          choices={choicesOf(DISCLOSURE_LABELS)}
          error={field('disclosure')}
        />
        <TextArea label="概要" rows={4} value={body} onChange={(e) => setBody(e.target.value)} error={field('body')} />
        <FileField
          label="スキャンした文書（PDF）"
          accept="application/pdf,.pdf"
          hint="紙で届いた文書はスキャンして PDF で添付します（700KB まで）。"
          error={fileError}
          onPick={(files) => {
            setFileError(undefined);
            void readPickedFiles(files).then(setScan);
          }}
          onTooLarge={(name) => setFileError(`${name} は 700KB を超えています。`)}
        />
        {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy || !org.mySection}>
            収受を登録する
          </button>
        </div>
      </form>
    </>
  );
}
