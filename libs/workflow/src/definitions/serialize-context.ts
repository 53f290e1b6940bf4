import { map } from 'moddle-context-serializer';
import { loadDefinitionContext, RINGI_CONTEXT_FORMAT } from '../engine/serialized-context';
import type { Findings } from './findings';
import { childNodes, type ModdleNode } from './moddle-node';
import type { ParsedBpmn } from './parse-bpmn-xml';
import { problem, type Problem } from './problem';
import { ringiAttributesOf } from './user-task-attributes';

export type SerializeResult =
  { readonly ok: true; readonly serializedContext: string } | { readonly ok: false; readonly problem: Problem };

type Mutable = Record<string, unknown>;
type MappedElement = { type?: string; id?: string; behaviour: Mutable };
interface MappedContext {
  definition: Mutable & { id?: string; type?: string; name?: string };
  processes: MappedElement[];
  activities: MappedElement[];
  [collection: string]: unknown;
}

const REFERENCED_ROOT_ELEMENTS = new Set(['bpmn:Message', 'bpmn:Signal', 'bpmn:Error', 'bpmn:Escalation']);
const NOT_RUN_FLOW_ELEMENTS = new Set(['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);
// ringi assigns work through ringi:assignee and keeps data in process variables; these BPMN parts do not run.
const NOT_RUN_PROPERTIES = [
  'resources',
  'ioSpecification',
  'dataInputAssociations',
  'dataOutputAssociations',
  'properties',
  'extensionElements',
];
const mapModdleContext = map as unknown as (moddleContext: object) => MappedContext;

/**
 * The process as bpmn-engine will run it, serialized once per definition version: other pools, data and
 * diagram are left out, expressions are in canonical form, user tasks carry their parsed ringi attributes.
 * This mutates the parsed model, which belongs to this one validation.
 */
export function serializeProcessContext(parsed: ParsedBpmn, process: ModdleNode, findings: Findings): SerializeResult {
  try {
    applyRewrites(findings);
    pruneForExecution(process);
    const mapped = mapModdleContext({
      rootElement: runnableDefinitions(parsed.definitions, process),
      references: parsed.moddleContext.references,
      elementsById: parsed.moddleContext.elementsById,
    });
    markAsRingiContext(mapped, findings);
    const serializedContext = JSON.stringify({
      id: mapped.definition.id,
      type: mapped.definition.type,
      name: mapped.definition.name,
      ...mapped,
    });
    loadDefinitionContext(serializedContext);
    return { ok: true, serializedContext };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: problem(process.id, `the process could not be prepared for execution: ${message}`) };
  }
}

function applyRewrites(findings: Findings): void {
  for (const { expression, body, language } of findings.rewrites) {
    const target = expression as Mutable;
    target.body = body;
    if (language !== undefined) target.language = language;
  }
}

function pruneForExecution(process: ModdleNode): void {
  const containers: ModdleNode[] = [process];
  for (let container = containers.pop(); container; container = containers.pop()) {
    const target = container as Mutable;
    target.flowElements = childNodes(container, 'flowElements').filter(
      (element) => !NOT_RUN_FLOW_ELEMENTS.has(element.$type),
    );
    target.artifacts = [];
    for (const element of [container, ...childNodes(container, 'flowElements')]) {
      for (const property of NOT_RUN_PROPERTIES) delete (element as Mutable)[property];
      if (element !== container && Array.isArray(element.flowElements)) containers.push(element);
    }
  }
}

function runnableDefinitions(definitions: ModdleNode, process: ModdleNode): object {
  const { $type, id, name, targetNamespace, exporter, exporterVersion } = definitions;
  const referenced = childNodes(definitions, 'rootElements').filter((element) =>
    REFERENCED_ROOT_ELEMENTS.has(element.$type),
  );
  // bpmn-engine finds a recovered instance's definition by this id, so it must not be missing.
  const definitionsId = id ?? `${process.id}-definitions`;
  return {
    $type,
    id: definitionsId,
    name,
    targetNamespace,
    exporter,
    exporterVersion,
    rootElements: [process, ...referenced],
  };
}

function markAsRingiContext(mapped: MappedContext, findings: Findings): void {
  mapped.definition.ringiFormat = RINGI_CONTEXT_FORMAT;
  // Chosen even when the modeler did not mark it: bpmn-engine only starts executable processes.
  for (const process of mapped.processes) process.behaviour.isExecutable = true;
  for (const activity of mapped.activities) {
    const userTask = findings.userTasks.find(
      (task) => task.elementId === activity.id && activity.type === 'bpmn:UserTask',
    );
    if (userTask) activity.behaviour.ringi = ringiAttributesOf(userTask);
  }
  for (const collection of ['messageFlows', 'participants', 'dataObjects', 'dataStores', 'associations'])
    mapped[collection] = [];
}
