import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../../shared/api';
import { DateText, Notice, PageTitle } from '../../shared/components';
import { FileField } from './fields';
import type { SignatureCheck, SignatureVerification } from './types';
import { verifySignature } from './upload';

/** The API takes PDFs of up to 10 MB for checking. */
const MAX_VERIFIED_BYTES = 10 * 1024 * 1024;

/** 署名検証: any PDF handed in (a dispatched document sent back, a copy from elsewhere) is checked here. */
export function VerifySignaturePage() {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<SignatureVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError('PDF ファイルを選んでください。');
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await verifySignature(file));
    } catch (e) {
      setError(e instanceof ApiError ? (e.fieldMessage('file') ?? e.message) : messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageTitle title="電子署名の検証">電子署名の検証</PageTitle>
      <form onSubmit={submit} noValidate className="narrow">
        <FileField
          label="検証する PDF"
          accept="application/pdf,.pdf"
          maxBytes={MAX_VERIFIED_BYTES}
          hint="市が電子施行した文書などの PDF を選びます。署名が有効か、署名の後に変更されていないかを確かめます。"
          error={error ?? undefined}
          onPick={(files) => {
            setError(null);
            setFile(files[0] ?? null);
          }}
          onTooLarge={(name) => setError(`${name} は 10MB を超えています。`)}
        />
        <button type="submit" className="button" disabled={busy}>
          検証する
        </button>
      </form>
      {result && <VerificationResult result={result} />}
    </>
  );
}

function VerificationResult({ result }: { result: SignatureVerification }) {
  return (
    <section aria-labelledby="verification-heading">
      <h2 id="verification-heading">検証結果</h2>
      <Notice kind={result.trusted ? 'success' : 'error'}>
        <span data-testid="verification-summary">{result.summary}</span>
      </Notice>
      {result.cityCertificateIsDemo && (
        <Notice kind="info">市の証明書はデモ用です（本番の証明書が設定されていません）。</Notice>
      )}
      <dl className="summary">
        <dt>署名</dt>
        <dd>{result.signed ? `${result.signatures.length}件` : 'なし'}</dd>
        <dt>署名の有効性</dt>
        <dd>{result.valid ? '有効' : '無効'}</dd>
        <dt>署名後の変更</dt>
        <dd>{result.modifiedAfterSigning ? 'あり（署名の後に追記されています）' : 'なし'}</dd>
      </dl>
      {result.signatures.map((s, i) => (
        <SignatureLine key={i} index={i + 1} check={s} />
      ))}
    </section>
  );
}

function SignatureLine({ index, check }: { index: number; check: SignatureCheck }) {
  return (
    <div className="docs-panel">
      <h3>署名{index}</h3>
      <dl className="summary">
        <dt>署名者</dt>
        <dd>{check.signer?.subject ?? '不明'}</dd>
        <dt>発行者</dt>
        <dd>{check.signer?.issuer ?? '不明'}</dd>
        <dt>署名日時</dt>
        <dd>{check.signingTime ? <DateText value={check.signingTime} withTime /> : '—'}</dd>
        <dt>署名証明書の参照</dt>
        <dd>{certificateReference(check.signingCertificateV2)}</dd>
        <dt>タイムスタンプ</dt>
        <dd>{check.timestamp ? <TimestampText timestamp={check.timestamp} /> : 'なし'}</dd>
        {check.timestamp && (
          <>
            <dt>時刻認証局</dt>
            <dd>
              {check.timestamp.trusted
                ? '信頼済み（証明書はタイムスタンプの時刻で確認）'
                : '信頼リストにない認証局（時刻は証明されません）'}
            </dd>
          </>
        )}
        <dt>結果</dt>
        <dd>
          {check.valid ? '有効' : `無効（${check.problem ?? '理由不明'}）`}・
          {check.trusted ? '市の証明書による署名' : '市の証明書ではありません'}・
          {check.coversWholeFile ? 'ファイル全体を対象' : 'ファイルの一部のみ対象'}
        </dd>
      </dl>
    </div>
  );
}

/** The signed signing-certificate-v2: none (null), naming the carried certificate (true), or another one (false). */
function certificateReference(bound: boolean | null): string {
  if (bound === null) return 'なし';
  return bound ? 'あり' : 'あり（同梱の証明書と一致しません）';
}

/** The time the authority stamped (JST, as every time on screen) and who stamped it. */
function TimestampText({ timestamp }: { timestamp: NonNullable<SignatureCheck['timestamp']> }) {
  return (
    <>
      <DateText value={timestamp.time} withTime />
      {timestamp.tsaName && `（${timestamp.tsaName}）`}
    </>
  );
}
