import { parseExpression } from 'feelin';

export type FeelSyntaxResult =
  { readonly ok: true; readonly expression: string } | { readonly ok: false; readonly message: string };

const MAX_EXPRESSION_LENGTH = 2000;
const WRAPPED_PATTERN = /^\$\{([\s\S]*)\}$/;

/**
 * The FEEL text of an expression as modelers write it: Camunda 8 prefixes FEEL with "=",
 * bpmn-engine models wrap expressions in ${…}; plain text is FEEL as it stands.
 */
export function unwrapFeel(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('=')) return trimmed.slice(1).trim();
  const wrapped = WRAPPED_PATTERN.exec(trimmed);
  return wrapped ? wrapped[1].trim() : trimmed;
}

/** Parses without evaluating: evaluating uploaded FEEL at deployment could be made arbitrarily expensive. */
export function checkFeelSyntax(text: string): FeelSyntaxResult {
  const expression = unwrapFeel(text);
  if (expression === '') return { ok: false, message: 'the expression is empty' };
  if (expression.length > MAX_EXPRESSION_LENGTH) {
    return { ok: false, message: `the expression is longer than ${MAX_EXPRESSION_LENGTH} characters` };
  }
  let errorAt: number | null = null;
  parseExpression(expression, {}, undefined).iterate({
    enter(node) {
      if (errorAt !== null) return false;
      if (node.type.isError) {
        errorAt = node.from;
        return false;
      }
      return undefined;
    },
  });
  if (errorAt === null) return { ok: true, expression };
  return { ok: false, message: describeSyntaxError(expression, errorAt) };
}

function describeSyntaxError(expression: string, position: number): string {
  if (position >= expression.length) return `"${expression}" is not valid FEEL: it ends unexpectedly`;
  const near = expression.slice(position, position + 12);
  return `"${expression}" is not valid FEEL: unexpected "${near}" at character ${position + 1}`;
}
