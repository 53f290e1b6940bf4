import { evaluate, type Warning } from 'feelin';

/** Process variables: the JSON the instance carries, which every FEEL expression of the process reads. */
export type Variables = Record<string, unknown>;

export function evaluateFeel(expression: string, variables: Variables): unknown {
  return evaluateWithWarnings(expression, variables).value;
}

/** A condition must decide: anything but true or false (typically null for a missing variable) is an error, never "not taken". */
export function evaluateFeelCondition(expression: string, variables: Variables): boolean {
  const { value, warnings } = evaluateWithWarnings(expression, variables);
  if (typeof value === 'boolean') return value;
  const hint = warnings.length > 0 ? ` (${warnings.map((warning) => warning.message).join('; ')})` : '';
  throw new Error(`condition "${expression}" evaluated to ${describeValue(value)}, not true or false${hint}`);
}

function evaluateWithWarnings(expression: string, variables: Variables): { value: unknown; warnings: Warning[] } {
  try {
    return evaluate(expression, variables);
  } catch (error) {
    throw new Error(
      `FEEL expression "${expression}" failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  return typeof value === 'string' ? `the string "${value}"` : `${typeof value} ${String(value)}`;
}
