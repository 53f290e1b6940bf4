import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DefinitionContextCache } from '../engine/definition-cache';
import { ProcessRunner, type RunResult } from '../engine/process-runner';
import type { Variables } from '../engine/feel';
import { validateDefinition } from './validate-definition';

/**
 * The BPMN MIWG reference models (see test-case-structure.json): each one either deploys and runs to its end,
 * or is refused with exactly these problems. A change in what ringi accepts or how it words a refusal fails here.
 */
const MIWG_DIRECTORY = path.resolve(process.cwd(), '../shared/fixtures/bpmn-miwg');

const SERVICE_TASK =
  'service tasks are not supported yet: ringi runs automated steps only through registered handlers (ringi:handler), and none are registered';
const SEND_TASK =
  'send tasks are not supported yet: ringi runs automated steps only through registered handlers (ringi:handler), and none are registered';
const BUSINESS_RULE_TASK =
  'business rule tasks are not supported yet: ringi runs automated steps only through registered handlers (ringi:handler), and none are registered';
const CALL_ACTIVITY =
  'call activities are not supported: ringi runs one process per definition; model the called process as a subprocess';
const XPATH_CONDITION =
  'condition language "http://www.w3.org/1999/XPath" is not allowed: conditions must be FEEL, and uploaded XML must never run code';
const COMPENSATE_THROW = 'compensate intermediate throw events are not supported (ringi runs none, message, signal)';
const COMPENSATE_BOUNDARY = 'compensate boundary events are not supported (ringi runs timer, error)';
const EMPTY_TIME_DATE = "the timer's timeDate is empty";
const CYCLE_OUTSIDE_BOUNDARY =
  'timeCycle repeats only on non-interrupting boundary events; use timeDuration or timeDate here';

/** Models that deploy, with the output each user task completes with so that gateways take a branch. */
const RUNNABLE: ReadonlyArray<[file: string, taskOutput: Variables]> = [['A.1.0.bpmn', {}]];

const REFUSED: ReadonlyArray<[file: string, problems: Array<[elementId: string | null, message: string]>]> = [
  [
    'A.2.0.bpmn',
    [
      [
        '_35fe57a7-1302-44e2-bf58-032f11af7ecb',
        'exclusive gateway splits into flows without a condition that are not its default flow ("_f1478fb7-98c4-4c01-8c15-68bd04c91535", "_a1570a53-28d2-41b1-a3a2-3e50c00d747e", "_20ebb3c1-5178-4c7c-a91d-23e58f2aa73b"): give each a FEEL condition or make one the default flow',
      ],
    ],
  ],
  [
    'A.2.1.bpmn',
    [
      ['_To9Z7TOCEeSknpIVFCxNIQ', XPATH_CONDITION],
      ['_To9Z8zOCEeSknpIVFCxNIQ', XPATH_CONDITION],
      ['_To9Z9jOCEeSknpIVFCxNIQ', XPATH_CONDITION],
      ['_To9Z-TOCEeSknpIVFCxNIQ', XPATH_CONDITION],
      ['_To9Z_DOCEeSknpIVFCxNIQ', XPATH_CONDITION],
    ],
  ],
  [
    'A.3.0.bpmn',
    [
      ['_428dcbf5-8e5e-48e0-9c0c-d93003fa8c82', 'message boundary events are not supported (ringi runs timer, error)'],
      [
        '_178e16eb-4c9e-4ea0-9644-7c5fb2b71825',
        'escalation boundary events are not supported (ringi runs timer, error)',
      ],
    ],
  ],
  [
    'A.4.0.bpmn',
    [
      [
        null,
        'none of the processes is marked isExecutable="true" and 2 of them contain flow nodes ("WFP-6-1", "WFP-6-2"); mark the one ringi should run with isExecutable="true"',
      ],
    ],
  ],
  [
    'A.4.1.bpmn',
    [
      [
        null,
        'none of the processes is marked isExecutable="true" and 2 of them contain flow nodes ("sid-34746A54-1D7D-46CA-B219-0C4CEAE51170" (Pool 1), "sid-54D696FD-DEDC-45F3-99DB-1404DA433FC4" (Pool 2)); mark the one ringi should run with isExecutable="true"',
      ],
    ],
  ],
  [
    'B.1.0.bpmn',
    [
      [
        null,
        'none of the processes is marked isExecutable="true" and 4 of them contain flow nodes ("Process_ba16239e-181e-4b9f-bc5b-0bb2ee973450", "WFP-6-1", "WFP-6-2", "WFP-0-"); mark the one ringi should run with isExecutable="true"',
      ],
    ],
  ],
  [
    'B.2.0.bpmn',
    [
      [
        null,
        'none of the processes is marked isExecutable="true" and 4 of them contain flow nodes ("Process_ba16239e-181e-4b9f-bc5b-0bb2ee973450", "WFP-6-1", "WFP-6-2", "WFP-0-"); mark the one ringi should run with isExecutable="true"',
      ],
    ],
  ],
  [
    'C.1.0.bpmn',
    [
      ['archiveInvoice', SERVICE_TASK],
      ['invoiceNotApproved', 'condition: "!approved" is not valid FEEL: unexpected "!approved" at character 1'],
      ['reviewSuccessful', 'condition: "clarified == \'yes\'" is not valid FEEL: unexpected "\'yes\'" at character 14'],
      [
        'reviewNotSuccessful',
        'condition: "clarified == \'no\'" is not valid FEEL: unexpected "\'no\'" at character 14',
      ],
    ],
  ],
  [
    'C.1.1.bpmn',
    [
      ['archiveInvoice', SERVICE_TASK],
      [
        'invoiceApproved',
        'condition: "bpmn:getDataObject(\'approved\')" is not valid FEEL: unexpected ":getDataObje" at character 5',
      ],
      [
        'invoiceNotApproved',
        'condition: "not(bpmn:getDataObject(\'approved\'))" is not valid FEEL: unexpected "\'approved\'))" at character 24',
      ],
      [
        'reviewSuccessful',
        'condition: "bpmn:getDataObject(\'clarified\') = \'yes\'" is not valid FEEL: unexpected ":getDataObje" at character 5',
      ],
      [
        'reviewNotSuccessful',
        'condition: "bpmn:getDataObject(\'clarified\') = \'no\'" is not valid FEEL: unexpected ":getDataObje" at character 5',
      ],
    ],
  ],
  [
    'C.2.0.bpmn',
    [
      [
        null,
        'none of the processes is marked isExecutable="true" and 4 of them contain flow nodes ("WFP-Page_1-1", "WFP-Page_1-2", "WFP-Page_1-3", "WFP-Page_1-4"); mark the one ringi should run with isExecutable="true"',
      ],
    ],
  ],
  [
    'C.3.0.bpmn',
    [
      [
        '_604be023-654c-44df-a64c-365254a100cd',
        'exclusive gateway splits into flows without a condition that are not its default flow ("_b99800c3-c340-460c-a43e-098014a365d0", "_437e5969-1e61-4cb9-aa76-4f8854f32eeb", "_ada039b6-94dd-4a15-a6b1-c7fe662c64ee"): give each a FEEL condition or make one the default flow',
      ],
      [
        '_2b6bc88e-d3be-4704-87d1-c264bf704589',
        'exclusive gateway splits into flows without a condition that are not its default flow ("_cddf9325-a85b-4347-8c57-8b909fa77ae9"): give each a FEEL condition or make one the default flow',
      ],
      [
        '_936c0bfa-5ebf-4546-8d1a-cce556148788',
        'exclusive gateway splits into flows without a condition that are not its default flow ("_cf380e47-1401-4e7e-b710-193b626e49eb", "_3fb323d5-2c59-487a-af63-804208f6c5cb"): give each a FEEL condition or make one the default flow',
      ],
      [
        'Bpmn_BoundaryEvent_LwKtwhqHEeWDuOtG0oS24A',
        'message boundary events are not supported (ringi runs timer, error)',
      ],
      [
        '_be893987-caec-4605-b078-bd96b7cd6c12',
        'condition: "Service Level == \'Premium\'" is not valid FEEL: unexpected "\'Premium\'" at character 18',
      ],
    ],
  ],
  [
    'C.4.0.bpmn',
    [
      [
        null,
        'none of the processes is marked isExecutable="true" and 4 of them contain flow nodes ("_42cba3a9-a8ab-40b5-b9a4-2e8f32be364e" (Money Bank - Process), "_f0035388-f829-470c-b82b-0b15c3da3399" (IT - Process), "_da743a6f-d9e5-4fcf-8a96-d2fd5cfb73d4" (Payroll - Process), "_3486bf55-0a7f-4ff1-be15-1555669f58ad" (Facilities - Process)); mark the one ringi should run with isExecutable="true"',
      ],
    ],
  ],
  [
    'C.5.0.bpmn',
    [
      [
        null,
        'none of the processes is marked isExecutable="true" and 2 of them contain flow nodes ("_3d1ef204-2d4c-4643-8fc5-c319cc032ec0" (Bank - Process), "_774bc005-0917-43d5-ab70-0f9fe123fbd1" (Check for connected clients)); mark the one ringi should run with isExecutable="true"',
      ],
    ],
  ],
  [
    'C.6.0.bpmn',
    [
      ['_87baeef0-f32e-4a93-b802-fdd588aaf729', EMPTY_TIME_DATE],
      ['_6a5cdbbf-2618-496e-b728-955dc215ef9d', COMPENSATE_THROW],
      ['_e839800f-ad4f-4bcc-aaf2-d38fe4a32bcd', SEND_TASK],
      ['_22612d45-65ca-4a74-a6eb-53af7ebcb5ff', SEND_TASK],
      ['_c8fa5253-dde9-471e-b933-58b00e8f374c', SEND_TASK],
      ['_614d6469-2bb8-4ad6-a20a-db5db6321c6b', SERVICE_TASK],
      ['_9cc2ac34-f12c-49e0-b37c-144e5a84fd92', SEND_TASK],
      ['_8afc49f0-42c2-4da9-8e79-e08dbe349776', SERVICE_TASK],
      ['_de7e721e-a073-4857-b8c3-c6ae886dbb46', SEND_TASK],
      ['_2d6586cf-81fc-4e2a-83ec-6cfff5b34bb0', SEND_TASK],
      ['_32c4138c-74ae-484a-a7e5-0609370d7080', EMPTY_TIME_DATE],
      ['_3a2f133c-3ae1-4e21-94b5-6e8cf51acd74', SERVICE_TASK],
      ['_b595ec43-0769-4864-8f2e-403c405c8217', SERVICE_TASK],
      ['_ea5cc55d-bfce-49c6-8a1a-a8a41a85da12', SERVICE_TASK],
      ['_0198160d-b56c-4919-9920-db5f32d16b3f', SERVICE_TASK],
      ['_b25ecc7c-4eff-4a70-96f2-6b2f94cf19b1', COMPENSATE_BOUNDARY],
      ['_fe3f9094-097b-416d-adeb-4b7e7e753f3c', COMPENSATE_BOUNDARY],
      ['_99bf4db9-3616-4ed1-a0f8-b8175c3fd46f', COMPENSATE_THROW],
      ['_e4b9fa74-efd8-409f-a2e4-ad917df767b4', COMPENSATE_THROW],
      [
        '_8af17ed4-6e13-463b-8333-d397b3002c65',
        'compensate event subprocess start events are not supported (ringi runs timer, message, signal, error)',
      ],
    ],
  ],
  [
    'C.7.0.bpmn',
    [
      [
        '_26c40c03-5d1f-46c5-81f1-ddd485868125',
        'exclusive gateway splits into flows without a condition that are not its default flow ("_d74707c7-6af3-4db7-9403-924bfdf6a7d8", "_1d201a22-d500-4412-a32a-2c7e24ad4d6b"): give each a FEEL condition or make one the default flow',
      ],
      ['_64eabfe9-6947-43eb-ac45-8d331745f86c', SERVICE_TASK],
      ['_eae674ce-4d6e-48ac-819c-c79e0868e40d', BUSINESS_RULE_TASK],
      ['_a36ddf2f-23c1-46c5-86d4-bd2a0eb42535', SERVICE_TASK],
    ],
  ],
  [
    'C.8.0.bpmn',
    [
      ['_a97c1a48-faba-447b-bfa6-7aa81a6fe0a0', SEND_TASK],
      ['_5e16a4e0-0f23-482a-be47-d3edbc5741ba', SERVICE_TASK],
      ['_02232e32-c3d2-473c-a15d-9c5dca00eadc', SEND_TASK],
      ['_4b72053b-8ebb-4ae6-99c6-7c93cf1c1d1b', SERVICE_TASK],
      ['_9ed61a6a-7cc1-4ed1-86d8-03482b0983c9', SEND_TASK],
      ['_1a818a94-ba6f-413b-a7e8-6f8fd2a11e32', BUSINESS_RULE_TASK],
      ['_93ec9873-edf1-4549-b052-961994ec8234', SEND_TASK],
      ['_2b960d84-feb1-46a9-a1a1-c300dd996b99', SERVICE_TASK],
    ],
  ],
  [
    'C.8.1.bpmn',
    [
      ['_2b960d84-feb1-46a9-a1a1-c300dd996b99', SERVICE_TASK],
      ['_1a818a94-ba6f-413b-a7e8-6f8fd2a11e32', BUSINESS_RULE_TASK],
      ['_9ed61a6a-7cc1-4ed1-86d8-03482b0983c9', SEND_TASK],
      ['_93ec9873-edf1-4549-b052-961994ec8234', SEND_TASK],
      ['_a97c1a48-faba-447b-bfa6-7aa81a6fe0a0', SEND_TASK],
      ['_02232e32-c3d2-473c-a15d-9c5dca00eadc', SEND_TASK],
      ['_4b72053b-8ebb-4ae6-99c6-7c93cf1c1d1b', SERVICE_TASK],
      ['_5e16a4e0-0f23-482a-be47-d3edbc5741ba', SERVICE_TASK],
    ],
  ],
  [
    'C.9.0.bpmn',
    [
      ['Activity_ManualCheck', CALL_ACTIVITY],
      ['SendTask_SendPolicy', SERVICE_TASK],
      ['ServiceTask_DeliverPolicy', SERVICE_TASK],
      ['ServiceTask_RejectPolicy', SERVICE_TASK],
      ['SendTask_SendRejection', SERVICE_TASK],
      ['SendTask_ReportFraud', SEND_TASK],
      ['BusinessRuleTask_CheckApplicationAutomatically', BUSINESS_RULE_TASK],
      ['ServiceTask_GetCreditScore', SERVICE_TASK],
      ['ServiceTask_CancelApplication', SERVICE_TASK],
    ],
  ],
  [
    'C.9.1.bpmn',
    [
      ['SendTask_RequestDocument', SEND_TASK],
      ['SendTask_SendReminderEmail', SEND_TASK],
    ],
  ],
  [
    'C.9.2.bpmn',
    [
      ['StartTimerEvent_AcceleratedDecision', CYCLE_OUTSIDE_BOUNDARY],
      ['SendTask_NotifyCustomerDelay', SEND_TASK],
      ['CallActivity_RequestDocument', CALL_ACTIVITY],
    ],
  ],
];

const MAX_STEPS = 100;

function readModel(file: string): string {
  return readFileSync(path.join(MIWG_DIRECTORY, file), 'utf8');
}

async function runToEnd(runner: ProcessRunner, definitionId: string, taskOutput: Variables): Promise<RunResult> {
  let result = await runner.start(definitionId);
  for (let step = 0; step < MAX_STEPS && !result.ended; step += 1) {
    const [wait] = result.waits;
    const [timer] = result.timers;
    if (wait) result = await runner.signal(result.state, wait.executionId, taskOutput);
    else if (timer) result = await runner.fireTimer(result.state, timer.timerId);
    else throw new Error(`${definitionId} waits on nothing but has not ended`);
  }
  return result;
}

describe('BPMN MIWG reference models', () => {
  it('are all covered by this table', () => {
    const models = readdirSync(MIWG_DIRECTORY)
      .filter((file) => file.endsWith('.bpmn'))
      .sort();
    expect(models).toHaveLength(21);
    expect([...RUNNABLE.map(([file]) => file), ...REFUSED.map(([file]) => file)].sort()).toEqual(models);
  });

  it.each(REFUSED)('%s is refused with precise problems', async (file, problems) => {
    const result = await validateDefinition(readModel(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.elementId, problem.message])).toEqual(problems);
  });

  it.each(RUNNABLE)('%s deploys and runs to its end', async (file, taskOutput) => {
    const result = await validateDefinition(readModel(file));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const runner = new ProcessRunner({ definitions: new DefinitionContextCache(() => result.serializedContext) });
    const finished = await runToEnd(runner, file, taskOutput);
    expect(finished).toMatchObject({ ended: true, waits: [], timers: [], outcome: { status: 'completed' } });
  });
});
