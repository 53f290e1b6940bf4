import { evaluateFeelCondition, type Variables } from './feel';

/** The condition language of sequence flows in a context that validateDefinition produced. */
export const FEEL_CONDITION_LANGUAGE = 'feel';

interface ConditionOwner {
  readonly id: string;
  readonly behaviour?: { readonly conditionExpression?: { readonly body?: unknown } };
}

type ConditionCallback = (error: Error | null, result?: boolean) => void;

/**
 * The engine's `scripts` option. bpmn-engine's default runs JavaScript through node:vm, which is no sandbox;
 * this one never runs code: it only answers FEEL sequence-flow conditions, strictly true or false.
 */
export class FeelConditionScripts {
  constructor(private readonly variables: () => Variables) {}

  register(): undefined {
    return undefined;
  }

  getScript(language: string | undefined, owner: ConditionOwner): FeelCondition | undefined {
    const body = owner.behaviour?.conditionExpression?.body;
    if (language !== FEEL_CONDITION_LANGUAGE || typeof body !== 'string') return undefined;
    return new FeelCondition(owner.id, body, this.variables);
  }
}

class FeelCondition {
  constructor(
    private readonly flowId: string,
    private readonly expression: string,
    private readonly variables: () => Variables,
  ) {}

  execute(_scope: unknown, callback: ConditionCallback): void {
    let result: boolean;
    try {
      result = evaluateFeelCondition(this.expression, this.variables());
    } catch (error) {
      callback(new Error(`sequence flow "${this.flowId}": ${error instanceof Error ? error.message : String(error)}`));
      return;
    }
    callback(null, result);
  }
}
