import { useCallback, useEffect, useRef, useState } from 'react';
import Modeler from 'bpmn-js/lib/Modeler';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import ringiModdle from '../../../../libs/workflow/src/definitions/ringi-moddle.json' with { type: 'json' };
import { api, ApiError, messageOf } from '../../shared/api';
import { Notice, PageTitle, TextField } from '../../shared/components';
import { Link, navigate } from '../../shared/router';
import type { DefinitionVersion } from '../types';
import { NEW_DIAGRAM, type Services, type Shape } from './modeler-services';
import { PropertiesPanel } from './PropertiesPanel';
import { withDiagram } from './layout-diagram';

interface Problem {
  elementId: string | null;
  message: string;
}

const PROCESS_KEY = /^[A-Za-z_][A-Za-z0-9_.-]{0,199}$/;
const PROBLEM_OVERLAY = 'ringi-problem';

function problemsOf(error: ApiError): Problem[] {
  if (!Array.isArray(error.details)) return [];
  return (error.details as { elementId?: string | null; message?: string }[])
    .filter((p) => typeof p.message === 'string')
    .map((p) => ({ elementId: p.elementId ?? null, message: p.message! }));
}

/** Draws and deploys BPMN: bpmn-js with a properties panel for ringi's user-task attributes. */
export default function ModelerPage({ processKey, version }: { processKey: string | null; version: number | null }) {
  const container = useRef<HTMLDivElement>(null);
  const [modeler, setModeler] = useState<Modeler | null>(null);
  const [services, setServices] = useState<Services | null>(null);
  const [selected, setSelected] = useState<Shape | null>(null);
  const [revision, setRevision] = useState(0);
  const [processId, setProcessId] = useState('');
  const [processName, setProcessName] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [deployed, setDeployed] = useState<DefinitionVersion | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const instance = new Modeler({
      container: container.current!,
      moddleExtensions: { ringi: ringiModdle },
    });
    const get = <K extends keyof Services>(name: K) => instance.get(name) as Services[K];
    const s: Services = {
      selection: get('selection'),
      elementRegistry: get('elementRegistry'),
      elementFactory: get('elementFactory'),
      autoPlace: get('autoPlace'),
      modeling: get('modeling'),
      canvas: get('canvas'),
      overlays: get('overlays'),
      eventBus: get('eventBus'),
    };
    s.eventBus.on('selection.changed', (e) => setSelected(e.newSelection?.[0] ?? null));
    s.eventBus.on('commandStack.changed', () => {
      const root = s.canvas.getRootElement().businessObject;
      setProcessId(root.id);
      setProcessName(root.name ?? '');
      setRevision((r) => r + 1);
    });
    let cancelled = false;
    const load = async () => {
      const source =
        processKey && version
          ? await api<string>(
              'GET',
              `/api/workflow/definitions/${encodeURIComponent(processKey)}/versions/${version}/xml`,
            )
          : NEW_DIAGRAM;
      if (cancelled) return;
      await instance.importXML(await withDiagram(source, { ringi: ringiModdle }));
      // Fit once the canvas has its size, centred, and never larger than life.
      requestAnimationFrame(() => {
        s.canvas.zoom('fit-viewport', 'auto');
        if (s.canvas.zoom() > 1) s.canvas.zoom(1, 'auto');
      });
      const root = s.canvas.getRootElement().businessObject;
      setProcessId(root.id);
      setProcessName(root.name ?? '');
      setServices(s);
      setModeler(instance);
    };
    load().catch((e: unknown) => setError(`図を読み込めませんでした: ${messageOf(e)}`));
    return () => {
      cancelled = true;
      instance.destroy();
    };
  }, [processKey, version]);

  const markProblems = useCallback(
    (found: Problem[]) => {
      if (!services) return;
      services.overlays.remove({ type: PROBLEM_OVERLAY });
      for (const e of services.elementRegistry.filter(() => true))
        services.canvas.removeMarker(e.id, 'ringi-has-problem');
      for (const p of found) {
        if (!p.elementId || !services.elementRegistry.get(p.elementId)) continue;
        services.canvas.addMarker(p.elementId, 'ringi-has-problem');
        const html = document.createElement('div');
        html.className = 'ringi-problem-overlay';
        html.textContent = p.message;
        services.overlays.add(p.elementId, PROBLEM_OVERLAY, { position: { bottom: 0, left: 0 }, html });
      }
    },
    [services],
  );

  const append = (type: 'bpmn:UserTask' | 'bpmn:EndEvent') => {
    if (!services) return;
    const nodes = services.elementRegistry.filter(
      (e) => e.type !== 'label' && e.type !== 'bpmn:SequenceFlow' && e.type !== 'bpmn:Process',
    );
    const source = services.selection.get()[0] ?? nodes[nodes.length - 1];
    if (!source) return;
    const created = services.autoPlace.append(source, services.elementFactory.createShape({ type }));
    services.selection.select(created);
  };

  const select = (elementId: string) => {
    const element = services?.elementRegistry.get(elementId);
    if (!element || !services) return;
    services.selection.select(element);
    services.canvas.scrollToElement(element);
  };

  const updateProcess = (property: 'id' | 'name', value: string) => {
    if (!services) return;
    if (property === 'id') {
      setProcessId(value);
      if (!PROCESS_KEY.test(value)) return;
    } else setProcessName(value);
    services.modeling.updateProperties(services.canvas.getRootElement(), { [property]: value });
  };

  const deploy = async () => {
    if (!modeler) return;
    setBusy(true);
    setError(null);
    setDeployed(null);
    try {
      const { xml } = await modeler.saveXML({ format: true });
      const version = await api<DefinitionVersion>('POST', '/api/workflow/definitions?activate=true', { xml });
      setProblems([]);
      markProblems([]);
      setDeployed(version);
    } catch (e) {
      const found = e instanceof ApiError ? problemsOf(e) : [];
      setProblems(found);
      markProblems(found);
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const nameOf = (elementId: string) => {
    const name = services?.elementRegistry.get(elementId)?.businessObject.name;
    return name ? `${name}（${elementId}）` : elementId;
  };

  const keyError = PROCESS_KEY.test(processId)
    ? undefined
    : 'プロセスキーは英字で始め、英数字と _ . - で入力してください。';
  const selectedProblem = selected ? problems.find((p) => p.elementId === selected.id)?.message : undefined;

  return (
    <>
      <PageTitle title="ワークフローの編集">
        {processKey && version ? `${processKey} 第${version}版の編集` : '新しいワークフロー'}
      </PageTitle>
      <p>
        <Link href="/staff/admin">ワークフロー管理へ戻る</Link>
      </p>
      <div className="filters">
        <TextField
          label="プロセスキー"
          required
          value={processId}
          error={keyError}
          onChange={(e) => updateProcess('id', e.target.value)}
        />
        <TextField label="ワークフロー名" value={processName} onChange={(e) => updateProcess('name', e.target.value)} />
      </div>
      <div className="actions" role="group" aria-label="図の編集">
        <button type="button" className="button button--secondary" onClick={() => append('bpmn:UserTask')}>
          選択した要素の後に承認手順を追加
        </button>
        <button type="button" className="button button--secondary" onClick={() => append('bpmn:EndEvent')}>
          選択した要素の後に終了を追加
        </button>
      </div>
      <div className="modeler">
        <div ref={container} className="modeler__canvas" role="application" aria-label="BPMN 図" />
        <aside aria-labelledby="properties-heading">
          <h2 id="properties-heading">プロパティ</h2>
          {services && (
            <PropertiesPanel services={services} element={selected} problem={selectedProblem} revision={revision} />
          )}
        </aside>
      </div>
      {problems.length > 0 && (
        <section aria-labelledby="problems-heading">
          <h2 id="problems-heading">定義の問題（{problems.length}件）</h2>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                {p.elementId ? (
                  <button type="button" className="button button--text" onClick={() => select(p.elementId!)}>
                    {nameOf(p.elementId)}
                  </button>
                ) : (
                  'プロセス全体'
                )}
                : {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      {deployed && (
        <Notice kind="success">
          第{deployed.version}版として登録し、有効にしました。
          <button type="button" className="button button--text" onClick={() => navigate('/staff/admin')}>
            一覧へ
          </button>
        </Notice>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={busy || !modeler || keyError !== undefined}
          onClick={() => void deploy()}
        >
          登録して有効にする
        </button>
      </div>
    </>
  );
}
