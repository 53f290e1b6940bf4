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
  const key = feelCacheKey(expression, variables);
  const known = key === null ? undefined : results.get(key);
  if (known) return known;
  let result: { value: unknown; warnings: Warning[] };
  try {
    result = evaluate(expression, variables);
  } catch (error) {
    throw new Error(
      `FEEL expression "${expression}" failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (key !== null && isPlainValue(result.value)) remember(key, result);
  return result;
}

/**
 * feelin parses an expression again on every evaluation (its parser is configured with the variables' names),
 * which made the two loop cardinalities of a document's route about 1 ms of its CPU. The same expression over
 * the same values gives the same answer, so answers are kept, up to RESULTS_KEPT, under the expression and the
 * values of the variables whose names occur in its text: a FEEL expression reads a variable only by naming it.
 */
const RESULTS_KEPT = 1000;
const results = new Map<string, { value: unknown; warnings: Warning[] }>();

/** The clock's functions answer differently from one moment to the next. */
const TIME_DEPENDENT = /\b(now|today)\s*\(/;

/** The key an evaluation's answer is kept under, or null when it must not be kept. */
export function feelCacheKey(expression: string, variables: Variables): string | null {
  if (TIME_DEPENDENT.test(expression)) return null;
  const read = Object.keys(variables)
    .filter((name) => expression.includes(name))
    .sort()
    .map((name) => [name, variables[name]]);
  return `${expression}\u0000${JSON.stringify(read)}`;
}

/** Numbers, strings, booleans and null: answers no caller can change in place. */
function isPlainValue(value: unknown): boolean {
  return value === null || ['number', 'string', 'boolean'].includes(typeof value);
}

function remember(key: string, result: { value: unknown; warnings: Warning[] }): void {
  if (results.size >= RESULTS_KEPT) results.delete(results.keys().next().value!);
  results.set(key, result);
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  return typeof value === 'string' ? `the string "${value}"` : `${typeof value} ${String(value)}`;
}
