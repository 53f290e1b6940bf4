import { around, bpmnDefinitions, flow, timerXml } from './bpmn-fixtures';
import type { Problem } from './problem';
import { validateDefinition, type ValidationResult } from './validate-definition';

async function problemsOf(xml: string): Promise<Problem[]> {
  const result = await validateDefinition(xml);
  if (result.ok) throw new Error('expected the definition to be refused');
  return result.problems;
}

function sorted(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => `${a.elementId}${a.message}`.localeCompare(`${b.elementId}${b.message}`));
}

const approvalProcess = bpmnDefinitions(`
  <startEvent id="drafted"/>
  ${flow('toCheck', 'drafted', 'check')}
  <userTask id="check" name="係長確認" ringi:assignee="post(係長)" ringi:due="P2D"/>
  ${flow('toGate', 'check', 'amountGate')}
  <exclusiveGateway id="amountGate" default="small"/>
  ${flow('large', 'amountGate', 'directorApproval', '= amount > 500000')}
  ${flow('small', 'amountGate', 'managerApproval')}
  <userTask id="directorApproval" name="部長決裁" ringi:assignee="post(部長)" ringi:stepKind="decide"/>
  <userTask id="managerApproval" name="課長決裁" ringi:assignee="decider(EXPENSE)" ringi:stepKind="decide"/>
  <userTask id="consultation" name="合議" ringi:assignee="role(finance-reviewer)" ringi:stepKind="consult" ringi:quorum="2">
    <multiInstanceLoopCharacteristics><loopCardinality>3</loopCardinality></multiInstanceLoopCharacteristics>
  </userTask>
  ${flow('directorDone', 'directorApproval', 'consultation')}
  ${flow('managerDone', 'managerApproval', 'consultation')}
  ${flow('toEnd', 'consultation', 'approved')}
  <endEvent id="approved"/>`);

describe('validateDefinition accepts', () => {
  let result: ValidationResult;
  beforeAll(async () => {
    result = await validateDefinition(approvalProcess);
  });

  it('an approval process, with its key, name and user tasks', () => {
    expect(result).toMatchObject({ ok: true, processKey: 'workflow', processName: 'Workflow' });
    if (!result.ok) return;
    expect(result.userTasks).toEqual([
      {
        elementId: 'check',
        name: '係長確認',
        assignee: { kind: 'post', post: '係長' },
        stepKind: 'approve',
        due: 'P2D',
        quorum: null,
        multiInstance: null,
      },
      {
        elementId: 'directorApproval',
        name: '部長決裁',
        assignee: { kind: 'post', post: '部長' },
        stepKind: 'decide',
        due: null,
        quorum: null,
        multiInstance: null,
      },
      {
        elementId: 'managerApproval',
        name: '課長決裁',
        assignee: { kind: 'decider', table: 'EXPENSE' },
        stepKind: 'decide',
        due: null,
        quorum: null,
        multiInstance: null,
      },
      {
        elementId: 'consultation',
        name: '合議',
        assignee: { kind: 'role', role: 'finance-reviewer' },
        stepKind: 'consult',
        due: null,
        quorum: 2,
        multiInstance: { sequential: false, cardinality: '3' },
      },
    ]);
  });

  it('a serialized context with canonical FEEL conditions and the parsed ringi attributes', () => {
    if (!result.ok) throw new Error('refused');
    const context = JSON.parse(result.serializedContext);
    expect(context.definition.ringiFormat).toBe('ringi-context/1');
    expect(context.processes.map((process: { id: string }) => process.id)).toEqual(['workflow']);
    const large = context.sequenceFlows.find((candidate: { id: string }) => candidate.id === 'large');
    expect(large.behaviour.conditionExpression).toMatchObject({ body: 'amount > 500000', language: 'feel' });
    const check = context.activities.find((candidate: { id: string }) => candidate.id === 'check');
    expect(check.behaviour.ringi).toEqual({
      assignee: { kind: 'post', post: '係長' },
      stepKind: 'approve',
      due: 'P2D',
      quorum: null,
    });
  });

  it.each([
    ['= amount > 500000', 'amount > 500000'],
    ['${approved}', 'approved'],
    ['approved = true', 'approved = true'],
  ])('the condition %j as FEEL %j', async (condition, canonical) => {
    const accepted = await validateDefinition(
      bpmnDefinitions(
        `<startEvent id="s"/>${flow('f1', 's', 'g')}<exclusiveGateway id="g" default="f3"/>${flow('f2', 'g', 'e', condition)}${flow('f3', 'g', 'e')}<endEvent id="e"/>`,
      ),
    );
    if (!accepted.ok) throw new Error(JSON.stringify(accepted.problems));
    expect(
      JSON.parse(accepted.serializedContext).sequenceFlows.find((f: { id: string }) => f.id === 'f2').behaviour
        .conditionExpression.body,
    ).toBe(canonical);
  });

  it.each([
    ['language="FEEL"', ' language="FEEL"'],
    ['the DMN FEEL namespace', ' language="https://www.omg.org/spec/DMN/20191111/FEEL/"'],
  ])('a condition declared in %s', async (_label, attributes) => {
    const xml = bpmnDefinitions(
      `<startEvent id="s"/>${flow('f1', 's', 'g')}<exclusiveGateway id="g" default="f3"/>${flow('f2', 'g', 'e', 'ok', attributes)}${flow('f3', 'g', 'e')}<endEvent id="e"/>`,
    );
    expect(await validateDefinition(xml)).toMatchObject({ ok: true });
  });

  it('the only process with flow nodes when none is marked executable', async () => {
    const xml = bpmnDefinitions(around('<task id="t"/>', 't'), 'id="unmarked" isExecutable="false"').replace(
      '</definitions>',
      '<process id="emptyPool" isExecutable="false"/></definitions>',
    );
    const accepted = await validateDefinition(xml);
    expect(accepted).toMatchObject({ ok: true, processKey: 'unmarked' });
    if (accepted.ok) expect(JSON.parse(accepted.serializedContext).processes[0].behaviour.isExecutable).toBe(true);
  });

  it.each([
    ['timeDuration', 'P3D'],
    ['timeDate', '2026-04-01T09:00:00+09:00'],
  ] as const)('a %s timer of %s', async (kind, value) => {
    const xml = bpmnDefinitions(
      around(`<intermediateCatchEvent id="wait">${timerXml(kind, value)}</intermediateCatchEvent>`, 'wait'),
    );
    expect(await validateDefinition(xml)).toMatchObject({ ok: true });
  });

  it('a repeating reminder on a non-interrupting boundary event', async () => {
    const reminder = `<boundaryEvent id="remind" attachedToRef="t" cancelActivity="false">${timerXml('timeCycle', 'R/P1D')}</boundaryEvent>`;
    const xml = bpmnDefinitions(
      `${around('<userTask id="t"/>', 't')}${reminder}${flow('f', 'remind', 'sent')}<endEvent id="sent"/>`,
    );
    expect(await validateDefinition(xml)).toMatchObject({ ok: true });
  });
});

describe('validateDefinition never throws', () => {
  it.each([
    ['an empty string', '', 'the definition is empty'],
    ['whitespace', '   \n ', 'the definition is empty'],
    ['text that is not XML', 'approve everything', 'the XML could not be read as BPMN 2.0'],
    [
      'truncated XML',
      '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p">',
      'the XML could not be read as BPMN 2.0',
    ],
    ['XML that is not BPMN', '<html><body>稟議</body></html>', 'the XML could not be read as BPMN 2.0'],
    [
      'a BPMN document without processes',
      bpmnDefinitions('').replace(/<process[\s\S]*<\/process>/, ''),
      'the definition contains no process',
    ],
    ['an XML bomb', '<!DOCTYPE lolz [<!ENTITY lol "lol">]><definitions/>', 'DOCTYPE declarations are not allowed'],
    ['a document over 5 MB', `<definitions>${' '.repeat(5 * 1024 * 1024)}</definitions>`, 'larger than 5 MB'],
    ['a value that is not a string', undefined as unknown as string, 'the definition must be BPMN 2.0 XML text'],
  ])('for %s', async (_label, xml, message) => {
    expect(await problemsOf(xml)).toEqual([{ elementId: null, message: expect.stringContaining(message) }]);
  });

  it('for subprocesses nested 10,000 deep', async () => {
    const depth = 10_000;
    const body = `${'<subProcess>'.repeat(depth)}${'</subProcess>'.repeat(depth)}`;
    expect(await problemsOf(bpmnDefinitions(body))).toEqual([
      { elementId: null, message: 'subprocesses are nested more than 20 levels deep' },
    ]);
  });

  it('for 10,000 nested unknown elements', async () => {
    const depth = 10_000;
    const extension = `<extensionElements>${'<x:deep xmlns:x="urn:x">'.repeat(depth)}${'</x:deep>'.repeat(depth)}</extensionElements>`;
    expect(await validateDefinition(bpmnDefinitions(around(`<task id="t">${extension}</task>`, 't')))).toMatchObject({
      ok: true,
    });
  });
});

describe('validateDefinition refuses', () => {
  it.each<[string, string, Problem[]]>([
    [
      'a script task',
      around('<scriptTask id="calc" scriptFormat="javascript"><script>process.exit(1)</script></scriptTask>', 'calc'),
      [{ elementId: 'calc', message: 'script tasks are not allowed: uploaded XML must never run code' }],
    ],
    [
      'a condition in JavaScript',
      `<startEvent id="s"/>${flow('f1', 's', 'g')}<exclusiveGateway id="g" default="f3"/>${flow('f2', 'g', 'e', 'this.constructor.constructor("return process")().exit()', ' language="javascript"')}${flow('f3', 'g', 'e')}<endEvent id="e"/>`,
      [
        {
          elementId: 'f2',
          message:
            'condition language "javascript" is not allowed: conditions must be FEEL, and uploaded XML must never run code',
        },
      ],
    ],
    [
      'a condition in XPath',
      `<startEvent id="s"/>${flow('f1', 's', 'g')}<exclusiveGateway id="g" default="f3"/>${flow('f2', 'g', 'e', 'getDataObject("x")', ' language="http://www.w3.org/1999/XPath"')}${flow('f3', 'g', 'e')}<endEvent id="e"/>`,
      [
        {
          elementId: 'f2',
          message:
            'condition language "http://www.w3.org/1999/XPath" is not allowed: conditions must be FEEL, and uploaded XML must never run code',
        },
      ],
    ],
    [
      'a condition that is not FEEL',
      `<startEvent id="s"/>${flow('f1', 's', 'g')}<exclusiveGateway id="g" default="f3"/>${flow('f2', 'g', 'e', '${!approved}')}${flow('f3', 'g', 'e')}<endEvent id="e"/>`,
      [{ elementId: 'f2', message: 'condition: "!approved" is not valid FEEL: unexpected "!approved" at character 1' }],
    ],
    [
      'an empty condition',
      `<startEvent id="s"/>${flow('f1', 's', 'g')}<exclusiveGateway id="g" default="f3"/>${flow('f2', 'g', 'e', ' ')}${flow('f3', 'g', 'e')}<endEvent id="e"/>`,
      [{ elementId: 'f2', message: 'condition: the expression is empty' }],
    ],
    [
      'an exclusive split with flows that have no condition',
      `<startEvent id="s"/>${flow('f1', 's', 'g')}<exclusiveGateway id="g"/>${flow('f2', 'g', 'e')}${flow('f3', 'g', 'e')}<endEvent id="e"/>`,
      [
        {
          elementId: 'g',
          message:
            'exclusive gateway splits into flows without a condition that are not its default flow ("f2", "f3"): give each a FEEL condition or make one the default flow',
        },
      ],
    ],
    [
      'a condition on the default flow',
      `<startEvent id="s"/>${flow('f1', 's', 'g')}<exclusiveGateway id="g" default="f3"/>${flow('f2', 'g', 'e', 'a')}${flow('f3', 'g', 'e', 'b')}<endEvent id="e"/>`,
      [{ elementId: 'f3', message: 'the default flow of exclusive gateway "g" must not have a condition' }],
    ],
    [
      'a condition on a flow leaving a parallel split',
      `<startEvent id="s"/>${flow('f1', 's', 'g')}<parallelGateway id="g"/>${flow('f2', 'g', 'e', 'a')}${flow('f3', 'g', 'e')}<endEvent id="e"/>`,
      [{ elementId: 'f2', message: 'a flow leaving a parallel gateway must not have a condition' }],
    ],
    [
      'a converging inclusive gateway',
      `<startEvent id="s"/>${flow('f1', 's', 'split')}<inclusiveGateway id="split"/>${flow('a', 'split', 'merge', 'x > 1')}${flow('b', 'split', 'merge', 'x > 2')}
       <inclusiveGateway id="merge"/>${flow('f4', 'merge', 'e')}<endEvent id="e"/>`,
      [
        {
          elementId: 'merge',
          message:
            'converging inclusive gateways (more than one incoming flow) are not supported: bpmn-elements does not implement the inclusive join (bpmn-elements #46)',
        },
      ],
    ],
    [
      'a parallel join fed directly by an exclusive join (bpmn-engine #200)',
      `<startEvent id="s"/>${flow('f0', 's', 'fork')}<parallelGateway id="fork"/>${flow('fa', 'fork', 'upper')}${flow('fb', 'fork', 'choice')}
       <userTask id="upper"/>${flow('fa2', 'upper', 'join')}
       <exclusiveGateway id="choice" default="skip"/>${flow('doIt', 'choice', 'lower', 'needed')}${flow('skip', 'choice', 'merge')}
       <userTask id="lower"/>${flow('fl', 'lower', 'merge')}<exclusiveGateway id="merge"/>${flow('fm', 'merge', 'join')}
       <parallelGateway id="join"/>${flow('fe', 'join', 'e')}<endEvent id="e"/>`,
      [
        {
          elementId: 'join',
          message:
            'this parallel join is fed directly by the exclusive join "merge": bpmn-engine can pass the join before all branches arrive (bpmn-engine #200)',
        },
      ],
    ],
    [
      'a parallel join after an exclusive split inside its block, even with a task between (bpmn-engine #200)',
      `<startEvent id="s"/>${flow('f0', 's', 'fork')}<parallelGateway id="fork"/>${flow('fa', 'fork', 'upper')}${flow('fb', 'fork', 'rework')}
       <userTask id="upper"/>${flow('fa2', 'upper', 'join')}
       <userTask id="rework"/>${flow('fr', 'rework', 'again')}
       <exclusiveGateway id="again" default="done"/>${flow('redo', 'again', 'rework', 'sentBack')}${flow('done', 'again', 'join')}
       <parallelGateway id="join"/>${flow('fe', 'join', 'e')}<endEvent id="e"/>`,
      [
        {
          elementId: 'join',
          message:
            'this parallel join can fire before all branches arrive or keep a stray token: the exclusive gateway "again" inside the parallel block can discard a path that leads here, and bpmn-engine counts a discarded path as arrived (bpmn-engine #200)',
        },
      ],
    ],
    [
      'a parallel join reached from a boundary timer inside its block',
      `<startEvent id="s"/>${flow('f0', 's', 'fork')}<parallelGateway id="fork"/>${flow('fa', 'fork', 'a')}${flow('fb', 'fork', 'b')}
       <userTask id="a"/><boundaryEvent id="late" attachedToRef="a">${timerXml('timeDuration', 'P1D')}</boundaryEvent>
       ${flow('fa2', 'a', 'c')}${flow('fl', 'late', 'c')}<task id="c"/>${flow('fc', 'c', 'join')}
       <userTask id="b"/>${flow('fb2', 'b', 'join')}<parallelGateway id="join"/>${flow('fe', 'join', 'e')}<endEvent id="e"/>`,
      [
        {
          elementId: 'join',
          message:
            'this parallel join can fire before all branches arrive or keep a stray token: the boundary event "late" inside the parallel block can discard a path that leads here, and bpmn-engine counts a discarded path as arrived (bpmn-engine #200)',
        },
      ],
    ],
    [
      'service, send and business rule tasks and call activities',
      `<startEvent id="s"/>${flow('f1', 's', 'svc')}<serviceTask id="svc"/>${flow('f2', 'svc', 'send')}<sendTask id="send"/>${flow('f3', 'send', 'rule')}
       <businessRuleTask id="rule"/>${flow('f4', 'rule', 'call')}<callActivity id="call" calledElement="other"/>${flow('f5', 'call', 'e')}<endEvent id="e"/>`,
      [
        {
          elementId: 'svc',
          message:
            'service tasks are not supported yet: ringi runs automated steps only through registered handlers (ringi:handler), and none are registered',
        },
        {
          elementId: 'send',
          message:
            'send tasks are not supported yet: ringi runs automated steps only through registered handlers (ringi:handler), and none are registered',
        },
        {
          elementId: 'rule',
          message:
            'business rule tasks are not supported yet: ringi runs automated steps only through registered handlers (ringi:handler), and none are registered',
        },
        {
          elementId: 'call',
          message:
            'call activities are not supported: ringi runs one process per definition; model the called process as a subprocess',
        },
      ],
    ],
    [
      'events ringi does not run',
      `<startEvent id="s"><conditionalEventDefinition><condition>x</condition></conditionalEventDefinition></startEvent>${flow('f1', 's', 't')}
       <userTask id="t"/><boundaryEvent id="b" attachedToRef="t"><messageEventDefinition/></boundaryEvent>${flow('f2', 't', 'e')}${flow('f3', 'b', 'e')}
       <endEvent id="e"><escalationEventDefinition/></endEvent><startEvent id="s2"><errorEventDefinition/></startEvent>${flow('f4', 's2', 'e')}`,
      [
        {
          elementId: 's',
          message: 'conditional start events are not supported (ringi runs none, timer, message, signal)',
        },
        { elementId: 'b', message: 'message boundary events are not supported (ringi runs timer, error)' },
        {
          elementId: 'e',
          message: 'escalation end events are not supported (ringi runs none, terminate, error, message, signal)',
        },
        { elementId: 's2', message: 'error start events are only allowed in event subprocesses' },
      ],
    ],
    [
      'an event-based gateway leading to a task',
      `<startEvent id="s"/>${flow('f1', 's', 'g')}<eventBasedGateway id="g"/>${flow('f2', 'g', 't')}${flow('f3', 'g', 'w')}
       <userTask id="t"/><intermediateCatchEvent id="w">${timerXml('timeDuration', 'P1D')}</intermediateCatchEvent>${flow('f4', 't', 'e')}${flow('f5', 'w', 'e')}<endEvent id="e"/>`,
      [
        {
          elementId: 'g',
          message:
            'an event-based gateway must lead to intermediate catch events or receive tasks, but "t" is a user task',
        },
      ],
    ],
    [
      'timers that are not ISO 8601 literals',
      `<startEvent id="s"/>${flow('f1', 's', 'a')}
       <intermediateCatchEvent id="a">${timerXml('timeDuration', '3 days')}</intermediateCatchEvent>${flow('f2', 'a', 'b')}
       <intermediateCatchEvent id="b">${timerXml('timeDate', 'next Monday')}</intermediateCatchEvent>${flow('f3', 'b', 'c')}
       <intermediateCatchEvent id="c">${timerXml('timeCycle', '0 0 9 * * ?')}</intermediateCatchEvent>${flow('f4', 'c', 'd')}
       <intermediateCatchEvent id="d"><timerEventDefinition/></intermediateCatchEvent>${flow('f5', 'd', 'x')}
       <intermediateCatchEvent id="x">${timerXml('timeDuration', '${dueIn}')}</intermediateCatchEvent>${flow('f6', 'x', 'y')}
       <intermediateCatchEvent id="y">${timerXml('timeCycle', 'R3/P1D')}</intermediateCatchEvent>${flow('f7', 'y', 'e')}<endEvent id="e"/>`,
      [
        { elementId: 'a', message: 'timeDuration "3 days" is not an ISO 8601 duration such as PT4H or P3D' },
        {
          elementId: 'b',
          message: 'timeDate "next Monday" is not an ISO 8601 date-time such as 2026-04-01T09:00:00+09:00',
        },
        {
          elementId: 'c',
          message:
            'timeCycle "0 0 9 * * ?" looks like a cron expression; use an ISO 8601 repeating interval such as R3/P1D',
        },
        { elementId: 'd', message: 'the timer has no timeDuration, timeDate or timeCycle' },
        {
          elementId: 'x',
          message: 'the timer\'s timeDuration "${dueIn}" is an expression; ringi timers take a literal ISO 8601 value',
        },
        {
          elementId: 'y',
          message: 'timeCycle repeats only on non-interrupting boundary events; use timeDuration or timeDate here',
        },
      ],
    ],
    [
      'ringi attributes with bad values',
      `<startEvent id="s"/>${flow('f1', 's', 'a')}
       <userTask id="a" ringi:assignee="課長" ringi:stepKind="stamp" ringi:due="P1M" ringi:quorum="most"/>${flow('f2', 'a', 'b')}
       <userTask id="b" ringi:quorum="any"/>${flow('f3', 'b', 'c')}
       <userTask id="c" ringi:quorum="4"><multiInstanceLoopCharacteristics><loopCardinality>3</loopCardinality></multiInstanceLoopCharacteristics></userTask>${flow('f4', 'c', 'd')}
       <userTask id="d" ringi:quorum="all"><multiInstanceLoopCharacteristics isSequential="true"><loopCardinality>3</loopCardinality></multiInstanceLoopCharacteristics></userTask>${flow('f5', 'd', 'm')}
       <manualTask id="m" ringi:assignee="user(kacho1)" ringi:asignee="x"/>${flow('f6', 'm', 'u')}
       <userTask id="u" ringi:asignee="user(kacho1)"/>${flow('f7', 'u', 'e')}<endEvent id="e"/>`,
      [
        {
          elementId: 'a',
          message:
            'ringi:assignee "課長" is not an assignee rule; write post(課長), post(課長, unitsVariable), user(kacho1), users(listVariable), role(permit-clerk), decider(TABLE) or initiator()',
        },
        { elementId: 'a', message: 'ringi:stepKind "stamp" is not one of approve, consult, circulate, decide' },
        {
          elementId: 'a',
          message: 'ringi:due "P1M" uses years or months, which are not counted in business days; use weeks or days',
        },
        { elementId: 'a', message: 'ringi:quorum "most" is not all, any or a positive whole number' },
        { elementId: 'b', message: 'ringi:quorum needs a parallel multi-instance user task' },
        { elementId: 'c', message: 'ringi:quorum 4 is larger than the loopCardinality 3' },
        { elementId: 'd', message: 'ringi:quorum needs a parallel multi-instance user task' },
        { elementId: 'm', message: 'ringi:assignee is only allowed on user tasks' },
        { elementId: 'm', message: 'ringi:asignee is only allowed on user tasks' },
        {
          elementId: 'u',
          message: 'unknown attribute ringi:asignee; ringi defines assignee, stepKind, due, quorum on user tasks',
        },
      ],
    ],
    [
      'loops ringi does not run',
      `<startEvent id="s"/>${flow('f1', 's', 'a')}
       <userTask id="a"><standardLoopCharacteristics/></userTask>${flow('f2', 'a', 'b')}
       <receiveTask id="b"><multiInstanceLoopCharacteristics><loopCardinality>2</loopCardinality></multiInstanceLoopCharacteristics></receiveTask>${flow('f3', 'b', 'c')}
       <userTask id="c"><multiInstanceLoopCharacteristics/></userTask>${flow('f4', 'c', 'd')}
       <userTask id="d"><multiInstanceLoopCharacteristics><loopCardinality>reviewers</loopCardinality></multiInstanceLoopCharacteristics></userTask>${flow('f5', 'd', 'x')}
       <userTask id="x"><multiInstanceLoopCharacteristics><loopCardinality>= count(</loopCardinality></multiInstanceLoopCharacteristics></userTask>${flow('f6', 'x', 'e')}<endEvent id="e"/>`,
      [
        { elementId: 'a', message: 'standard loops are not supported; use a multi-instance user task' },
        { elementId: 'b', message: 'multi-instance is only supported on user tasks and manual tasks' },
        {
          elementId: 'c',
          message:
            'multi-instance needs a loopCardinality: a whole number or a FEEL expression such as = count(consultees)',
        },
        {
          elementId: 'd',
          message: 'loopCardinality "reviewers" is neither a whole number nor a FEEL expression (write = reviewers)',
        },
        { elementId: 'x', message: 'loopCardinality: "count(" is not valid FEEL: it ends unexpectedly' },
      ],
    ],
    [
      'a reference to a missing element',
      `<startEvent id="s"/>${flow('f1', 's', 'missing')}`,
      [{ elementId: 'f1', message: 'targetRef refers to "missing", which is not defined in this file' }],
    ],
    [
      'an element that is not BPMN',
      `<startEvent id="s"/><approvalStamp id="stamp"/>`,
      [
        {
          elementId: null,
          message: expect.stringMatching(
            /^XML line \d+, column \d+: unparsable content <approvalStamp> detected \(unknown type <bpmn:ApprovalStamp>\)$/,
          ),
        },
      ],
    ],
    [
      'a flow into a subprocess',
      `<startEvent id="s"/>${flow('f1', 's', 'inner')}<subProcess id="sub"><startEvent id="subStart"/><task id="inner"/></subProcess>`,
      [{ elementId: 'f1', message: 'the sequence flow connects elements of different subprocesses or processes' }],
    ],
  ])('%s', async (_label, body, expected) => {
    expect(sorted(await problemsOf(bpmnDefinitions(body)))).toEqual(sorted(expected));
  });

  it('two processes marked executable', async () => {
    const xml = bpmnDefinitions(around('<task id="t"/>', 't'), 'id="one" isExecutable="true"').replace(
      '</definitions>',
      '<process id="two" isExecutable="true"><task id="t2"/></process></definitions>',
    );
    expect(await problemsOf(xml)).toEqual([
      {
        elementId: null,
        message:
          '2 processes are marked isExecutable="true" ("one", "two"); ringi runs one process per definition, so mark only one',
      },
    ]);
  });

  it('a choice between unmarked processes', async () => {
    const xml = bpmnDefinitions(around('<task id="t"/>', 't'), 'id="one" name="Pool 1"').replace(
      '</definitions>',
      '<process id="two"><task id="t2"/></process></definitions>',
    );
    expect(await problemsOf(xml)).toEqual([
      {
        elementId: null,
        message:
          'none of the processes is marked isExecutable="true" and 2 of them contain flow nodes ("one" (Pool 1), "two"); mark the one ringi should run with isExecutable="true"',
      },
    ]);
  });
});
