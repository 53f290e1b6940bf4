import type { Findings } from './findings';
import type { FlowScope } from './flow-scopes';
import { childNode, describeType, isModdleNode, type ModdleNode } from './moddle-node';

const CHOOSING_GATEWAYS = new Set(['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:EventBasedGateway']);
const NON_FORKING = new Set(['bpmn:ExclusiveGateway', 'bpmn:EventBasedGateway']);

/**
 * bpmn-elements' parallel join counts a discarded inbound path as arrived. A path discarded inside the parallel
 * block — by an exclusive split, an event-based gateway, a boundary event that did not fire — therefore lets the
 * join fire before the other branches arrive, or leaves a token behind so that the instance never ends
 * (bpmn-engine #200; measured on bpmn-engine 25). Such joins are refused rather than run wrongly.
 */
export function checkParallelJoins(scope: FlowScope, findings: Findings): void {
  const graph = new FlowGraph(scope);
  const joins = scope.nodes.filter((node) => node.$type === 'bpmn:ParallelGateway' && scope.incoming(node).length > 1);
  for (const join of joins) {
    const exclusiveJoin = scope
      .incoming(join)
      .map((flow) => flow.sourceRef)
      .find(
        (source) =>
          isModdleNode(source) && source.$type === 'bpmn:ExclusiveGateway' && scope.incoming(source).length > 1,
      );
    if (isModdleNode(exclusiveJoin)) {
      findings.report(
        join.id,
        `this parallel join is fed directly by the exclusive join "${exclusiveJoin.id}": bpmn-engine can pass the join before all branches arrive (bpmn-engine #200)`,
      );
      continue;
    }
    for (const discarder of discardersInsideBlock(join, graph)) {
      findings.report(
        join.id,
        `this parallel join can fire before all branches arrive or keep a stray token: the ${describeType(discarder.$type)} "${discarder.id}" inside the parallel block can discard a path that leads here, and bpmn-engine counts a discarded path as arrived (bpmn-engine #200)`,
      );
    }
  }
}

function discardersInsideBlock(join: ModdleNode, graph: FlowGraph): ModdleNode[] {
  const found = new Set<ModdleNode>();
  for (const fork of graph.forks()) {
    if (fork === join) continue;
    const afterFork = graph.reachable(fork, join, 'forward');
    if (!graph.successors(fork).includes(join) && ![...afterFork].some((node) => graph.successors(node).includes(join)))
      continue;
    const beforeJoin = graph.reachable(join, fork, 'backward');
    for (const node of afterFork) {
      if (beforeJoin.has(node) && graph.canDiscard(node)) found.add(node);
    }
  }
  return [...found];
}

/** The sequence flows of one scope as a graph, with boundary events hanging off the activities they are attached to. */
class FlowGraph {
  private readonly next = new Map<ModdleNode, ModdleNode[]>();
  private readonly previous = new Map<ModdleNode, ModdleNode[]>();

  constructor(private readonly scope: FlowScope) {
    for (const flow of scope.flows) {
      if (isModdleNode(flow.sourceRef) && isModdleNode(flow.targetRef)) this.connect(flow.sourceRef, flow.targetRef);
    }
    for (const node of scope.nodes) {
      if (node.$type === 'bpmn:BoundaryEvent' && isModdleNode(node.attachedToRef))
        this.connect(node.attachedToRef, node);
    }
  }

  successors(node: ModdleNode): readonly ModdleNode[] {
    return this.next.get(node) ?? [];
  }

  /** Nodes with more than one outgoing flow that all run: parallel and inclusive splits, implicit forks. */
  forks(): ModdleNode[] {
    return this.scope.nodes.filter((node) => !NON_FORKING.has(node.$type) && this.scope.outgoing(node).length > 1);
  }

  canDiscard(node: ModdleNode): boolean {
    if (node.$type === 'bpmn:BoundaryEvent') return true;
    const outgoing = this.scope.outgoing(node);
    if (CHOOSING_GATEWAYS.has(node.$type)) return outgoing.length > 1;
    return outgoing.some((flow) => childNode(flow, 'conditionExpression') !== undefined);
  }

  /** Everything reachable from start in the given direction without passing through avoid; start itself only via a cycle. */
  reachable(start: ModdleNode, avoid: ModdleNode, direction: 'forward' | 'backward'): Set<ModdleNode> {
    const edges = direction === 'forward' ? this.next : this.previous;
    const seen = new Set<ModdleNode>();
    const pending = [...(edges.get(start) ?? [])];
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (node === avoid || seen.has(node)) continue;
      seen.add(node);
      pending.push(...(edges.get(node) ?? []));
    }
    return seen;
  }

  private connect(from: ModdleNode, to: ModdleNode): void {
    if (!this.next.has(from)) this.next.set(from, []);
    if (!this.previous.has(to)) this.previous.set(to, []);
    this.next.get(from)?.push(to);
    this.previous.get(to)?.push(from);
  }
}
