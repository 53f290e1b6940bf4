import { childNodes, stringProperty, type ModdleNode } from './moddle-node';
import { problem, type Problem } from './problem';

export type ProcessSelection =
  { readonly ok: true; readonly process: ModdleNode } | { readonly ok: false; readonly problem: Problem };

const NON_RUNNING_ELEMENTS = new Set([
  'bpmn:SequenceFlow',
  'bpmn:DataObject',
  'bpmn:DataObjectReference',
  'bpmn:DataStoreReference',
]);

/**
 * ringi runs exactly one process per definition: the one marked executable, or, when a modeler marked none,
 * the only process that has anything to run (collaborations often add empty "black box" pools).
 */
export function selectProcess(definitions: ModdleNode): ProcessSelection {
  const processes = childNodes(definitions, 'rootElements').filter((element) => element.$type === 'bpmn:Process');
  if (processes.length === 0) return refused('the definition contains no process');

  const executable = processes.filter((process) => process.isExecutable === true);
  if (executable.length === 1) return { ok: true, process: executable[0] };
  if (executable.length > 1) {
    return refused(
      `${executable.length} processes are marked isExecutable="true" (${list(executable)}); ringi runs one process per definition, so mark only one`,
    );
  }

  const withFlowNodes = processes.filter((process) =>
    childNodes(process, 'flowElements').some((element) => !NON_RUNNING_ELEMENTS.has(element.$type)),
  );
  if (withFlowNodes.length === 1) return { ok: true, process: withFlowNodes[0] };
  if (withFlowNodes.length === 0) return refused('no process in the definition contains anything to run');
  return refused(
    `none of the processes is marked isExecutable="true" and ${withFlowNodes.length} of them contain flow nodes (${list(withFlowNodes)}); mark the one ringi should run with isExecutable="true"`,
  );
}

function list(processes: ModdleNode[]): string {
  return processes
    .map((process) => {
      const name = stringProperty(process, 'name');
      return name ? `"${process.id}" (${name})` : `"${process.id}"`;
    })
    .join(', ');
}

function refused(message: string): ProcessSelection {
  return { ok: false, problem: problem(null, message) };
}
