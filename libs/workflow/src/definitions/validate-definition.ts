import { Findings } from './findings';
import { collectFlowScopes } from './flow-scopes';
import { checkSequenceFlow } from './flow-rules';
import { stringProperty, type ModdleNode } from './moddle-node';
import { warningProblems } from './moddle-warnings';
import { checkFlowNode } from './node-rules';
import { checkParallelJoins } from './parallel-join-rules';
import { parseBpmnXml, type ParsedBpmn } from './parse-bpmn-xml';
import { problem, type Problem } from './problem';
import { RINGI_NAMESPACE_URI } from './ringi-namespace';
import { selectProcess } from './select-process';
import { serializeProcessContext } from './serialize-context';
import type { UserTaskDefinition } from './user-task-attributes';

export interface ValidDefinition {
  readonly ok: true;
  /** The id of the process ringi runs: the key that versions of one workflow share. */
  readonly processKey: string;
  readonly processName: string | null;
  readonly userTasks: UserTaskDefinition[];
  /** Store with the definition version; ProcessRunner starts instances from it without parsing XML again. */
  readonly serializedContext: string;
}

export interface InvalidDefinition {
  readonly ok: false;
  readonly problems: Problem[];
}

export type ValidationResult = ValidDefinition | InvalidDefinition;

/** Checks uploaded BPMN 2.0 XML against what ringi runs. Never throws: anything wrong comes back as problems. */
export async function validateDefinition(xml: string): Promise<ValidationResult> {
  try {
    return await validate(xml);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return invalid([problem(null, `the definition could not be checked: ${message}`)]);
  }
}

async function validate(xml: string): Promise<ValidationResult> {
  const parsed = await parseBpmnXml(xml);
  if (!parsed.ok) return invalid(parsed.problems);
  const selection = selectProcess(parsed.parsed.definitions);
  if (!selection.ok) return invalid([selection.problem]);
  const { process } = selection;
  if (!process.id) return invalid([problem(null, 'the process has no id')]);

  const findings = reviewProcess(parsed.parsed, process);
  if (findings.problems.length > 0) return invalid(findings.problems);

  const serialized = serializeProcessContext(parsed.parsed, process, findings);
  if (!serialized.ok) return invalid([serialized.problem]);
  return {
    ok: true,
    processKey: process.id,
    processName: stringProperty(process, 'name') ?? null,
    userTasks: findings.userTasks,
    serializedContext: serialized.serializedContext,
  };
}

function reviewProcess({ definitions, warnings }: ParsedBpmn, process: ModdleNode): Findings {
  const findings = new Findings();
  findings.problems.push(...warningProblems(warnings, process));
  const scopes = collectFlowScopes(process);
  if (!scopes.ok) {
    findings.problems.push(scopes.problem);
    return findings;
  }
  const prefixes = ringiPrefixes(definitions);
  for (const scope of scopes.scopes) {
    for (const node of scope.nodes) checkFlowNode(node, scope, prefixes, findings);
    for (const flow of scope.flows) checkSequenceFlow(flow, scope, findings);
    checkParallelJoins(scope, findings);
  }
  return findings;
}

/** The prefixes the document binds to ringi's namespace, usually just "ringi". */
function ringiPrefixes(definitions: ModdleNode): string[] {
  return Object.entries(definitions.$attrs ?? {})
    .filter(([name, uri]) => name.startsWith('xmlns:') && uri === RINGI_NAMESPACE_URI)
    .map(([name]) => name.slice('xmlns:'.length));
}

function invalid(problems: Problem[]): InvalidDefinition {
  return { ok: false, problems };
}
