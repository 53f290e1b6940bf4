import { FEEL_CONDITION_LANGUAGE, FeelConditionScripts } from './feel-conditions';
import { FeelExpressions } from './feel-expressions';

const variables = { amount: 600_000, sections: ['総務課', '財政課'], applicant: { name: '山田' }, approved: true };

describe('FeelExpressions', () => {
  const expressions = new FeelExpressions(() => variables);

  it.each([
    ['${amount > 500000}', true],
    ['${amount * 2}', 1_200_000],
    ['${count(sections)}', 2],
    ['${applicant.name}', '山田'],
    ['${missing}', null],
    ['申請者 ${applicant.name} の ${count(sections)} 課', '申請者 山田 の 2 課'],
    ['申請者 ${missing} 様', '申請者  様'],
    ['invoice-received', 'invoice-received'],
    ['= amount > 1', '= amount > 1'],
    ['P3D', 'P3D'],
    [42, 42],
    [undefined, undefined],
  ])('resolves %j to %j', (template, value) => {
    expect(expressions.resolveExpression(template)).toEqual(value);
  });

  it('throws on FEEL it cannot parse, so the activity fails instead of guessing', () => {
    expect(() => expressions.resolveExpression('${amount >}')).toThrow('FEEL expression "amount >" failed');
  });
});

describe('FeelConditionScripts', () => {
  const scripts = new FeelConditionScripts(() => variables);
  const flowWith = (body: string) => ({ id: 'large', behaviour: { conditionExpression: { body } } });
  const evaluate = (body: string) =>
    new Promise<boolean>((resolve, reject) => {
      const condition = scripts.getScript(FEEL_CONDITION_LANGUAGE, flowWith(body));
      if (!condition) throw new Error('no condition');
      condition.execute({}, (error, result) => (error ? reject(error) : resolve(result === true)));
    });

  it.each([
    ['amount > 500000', true],
    ['amount > 700000', false],
    ['approved and count(sections) = 2', true],
  ])('evaluates %j to %s', async (body, expected) => {
    await expect(evaluate(body)).resolves.toBe(expected);
  });

  it.each([
    ['missing > 1', "evaluated to null, not true or false (Variable 'missing' not found)"],
    ['amount', 'evaluated to number 600000, not true or false'],
    ['applicant.name', 'evaluated to the string "山田", not true or false'],
  ])('refuses %j, which does not decide', async (body, message) => {
    await expect(evaluate(body)).rejects.toThrow(`sequence flow "large": condition "${body}" ${message}`);
  });

  it.each(['javascript', 'js', 'groovy', undefined])('never offers a script for language %j', (language) => {
    expect(scripts.getScript(language, flowWith('process.exit(1)'))).toBeUndefined();
    expect(scripts.register()).toBeUndefined();
  });
});
