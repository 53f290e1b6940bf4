import { childNodes, isModdleNode, type ModdleNode } from './moddle-node';
import { problem, type Problem } from './problem';

/** One level of sequence flow: the process itself or a subprocess, with its nodes and who connects to whom. */
export interface FlowScope {
  readonly container: ModdleNode;
  readonly isEventSubProcess: boolean;
  readonly nodes: readonly ModdleNode[];
  readonly flows: readonly ModdleNode[];
  incoming(node: ModdleNode): readonly ModdleNode[];
  outgoing(node: ModdleNode): readonly ModdleNode[];
}

export type FlowScopesResult =
  { readonly ok: true; readonly scopes: FlowScope[] } | { readonly ok: false; readonly problem: Problem };

const MAX_SUBPROCESS_DEPTH = 20;

const DATA_ELEMENTS = new Set(['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);
const SUBPROCESS_TYPES = new Set(['bpmn:SubProcess', 'bpmn:Transaction', 'bpmn:AdHocSubProcess']);

// Iterative on purpose: uploaded XML may nest subprocesses deeper than the call stack.
export function collectFlowScopes(process: ModdleNode): FlowScopesResult {
  const scopes: FlowScope[] = [];
  const pending: Array<{ container: ModdleNode; depth: number }> = [{ container: process, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { container, depth } = next;
    if (depth > MAX_SUBPROCESS_DEPTH) {
      return {
        ok: false,
        problem: problem(container.id, `subprocesses are nested more than ${MAX_SUBPROCESS_DEPTH} levels deep`),
      };
    }
    const elements = childNodes(container, 'flowElements');
    const flows = elements.filter((element) => element.$type === 'bpmn:SequenceFlow');
    const nodes = elements.filter(
      (element) => element.$type !== 'bpmn:SequenceFlow' && !DATA_ELEMENTS.has(element.$type),
    );
    scopes.push(createScope(container, nodes, flows));
    for (const node of nodes) {
      if (SUBPROCESS_TYPES.has(node.$type)) pending.push({ container: node, depth: depth + 1 });
    }
  }
  return { ok: true, scopes };
}

function createScope(container: ModdleNode, nodes: ModdleNode[], flows: ModdleNode[]): FlowScope {
  const incoming = new Map<ModdleNode, ModdleNode[]>();
  const outgoing = new Map<ModdleNode, ModdleNode[]>();
  for (const flow of flows) {
    const { sourceRef, targetRef } = flow;
    if (isModdleNode(sourceRef)) append(outgoing, sourceRef, flow);
    if (isModdleNode(targetRef)) append(incoming, targetRef, flow);
  }
  return {
    container,
    isEventSubProcess: container.triggeredByEvent === true,
    nodes,
    flows,
    incoming: (node) => incoming.get(node) ?? [],
    outgoing: (node) => outgoing.get(node) ?? [],
  };
}

function append(index: Map<ModdleNode, ModdleNode[]>, node: ModdleNode, flow: ModdleNode): void {
  const flows = index.get(node);
  if (flows) flows.push(flow);
  else index.set(node, [flow]);
}
