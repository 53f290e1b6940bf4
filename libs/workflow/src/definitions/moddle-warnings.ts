import type { ModdleWarning } from 'bpmn-moddle';
import { isInside, isModdleNode, owningElementId, type ModdleNode } from './moddle-node';
import { problem, type Problem } from './problem';

const UNRESOLVED_REFERENCE = /^unresolved reference <(.*)>$/;

/** The parser's warnings that change what would run: broken references inside the process and XML it could not read. */
export function warningProblems(warnings: readonly ModdleWarning[], process: ModdleNode): Problem[] {
  const problems: Problem[] = [];
  for (const warning of warnings) {
    // The text is decoded as UTF-8 regardless; only names could suffer, never the flow.
    if (warning.message.startsWith('unsupported document encoding')) continue;
    // Unknown attributes do not run; misplaced ringi attributes are reported per element by the node rules.
    if (warning.message.startsWith('unknown attribute')) continue;
    const unresolved = UNRESOLVED_REFERENCE.exec(warning.message);
    if (unresolved) {
      if (!isModdleNode(warning.element) || !isInside(warning.element, process)) continue;
      const property = (warning.property ?? 'a reference').replace(/^bpmn:/, '');
      problems.push(
        problem(
          owningElementId(warning.element),
          `${property} refers to "${unresolved[1]}", which is not defined in this file`,
        ),
      );
      continue;
    }
    problems.push(problem(null, describeUnreadableXml(warning.message)));
  }
  return problems;
}

function describeUnreadableXml(message: string): string {
  const [summary, ...details] = message.split('\n').map((line) => line.trim());
  const detail = (name: string) =>
    details
      .find((line) => line.startsWith(`${name}:`))
      ?.slice(name.length + 1)
      .trim();
  const line = detail('line');
  const column = detail('column');
  const nested = detail('nested error');
  const position = line === undefined ? 'XML' : `XML line ${line}, column ${column ?? '?'}`;
  return `${position}: ${summary}${nested ? ` (${nested})` : ''}`;
}
