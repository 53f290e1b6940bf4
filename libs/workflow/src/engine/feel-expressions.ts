import { evaluateFeel, type Variables } from './feel';

const WHOLE_EXPRESSION = /^\$\{([\s\S]+)\}$/;
const EMBEDDED_EXPRESSION = /\$\{([^{}]+)\}/g;

/**
 * The engine's `expressions` option: `${…}` holds FEEL evaluated against the process variables, replacing
 * bpmn-engine's default property lookup, which has no operators. Text without `${` is returned as it is,
 * because the engine also passes plain names (messages, errors) through here.
 */
export class FeelExpressions {
  constructor(private readonly variables: () => Variables) {}

  resolveExpression(template: unknown): unknown {
    if (typeof template !== 'string' || !template.includes('${')) return template;
    const whole = WHOLE_EXPRESSION.exec(template);
    if (whole && template.indexOf('${', 2) === -1) return evaluateFeel(whole[1], this.variables());
    return template.replace(EMBEDDED_EXPRESSION, (_match, expression: string) => {
      const value = evaluateFeel(expression, this.variables());
      return value === null || value === undefined ? '' : String(value);
    });
  }
}
