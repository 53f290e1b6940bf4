/** Who a user task goes to, resolved against the organisation when the task is created. */
export type Assignee =
  /** The holder of this post in the initiator's section, e.g. post(課長). */
  | {
      readonly kind: 'post';
      readonly post: string;
      /**
       * post(課長, consultUnits): the post in the unit whose code the process variable holds, instead of the
       * initiator's; for a multi-instance task the variable is a list and iteration i takes entry i (合議 with
       * several sections).
       */
      readonly unitsVariable?: string;
    }
  | { readonly kind: 'user'; readonly userId: string }
  /** users(viewers): the account named by entry i of a list variable, for multi-instance 合議 or 供覧. */
  | { readonly kind: 'users'; readonly variable: string }
  | { readonly kind: 'role'; readonly role: string }
  /** The post that decides by the 専決 rule table, e.g. decider(FINANCE_PAYMENT). */
  | { readonly kind: 'decider'; readonly table: string }
  | { readonly kind: 'initiator' };

export type AssigneeParseResult =
  { readonly ok: true; readonly assignee: Assignee } | { readonly ok: false; readonly message: string };

const RULE_PATTERN = /^\s*([A-Za-z]+)\s*\(([^()]*)\)\s*$/;
const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:@-]*$/;
const POST_PATTERN = /^[^\s,()][^,()]*$/;
const MAX_ARGUMENT_LENGTH = 64;
const VARIABLE_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SYNTAX =
  'post(課長), post(課長, unitsVariable), user(kacho1), users(listVariable), role(permit-clerk), decider(TABLE) or initiator()';

export function parseAssignee(text: string): AssigneeParseResult {
  const match = RULE_PATTERN.exec(text);
  if (!match) return failure(`"${text}" is not an assignee rule; write ${SYNTAX}`);
  const [, kind, rawArgument] = match;
  const argument = rawArgument.trim();
  if (kind === 'initiator') {
    return argument === ''
      ? { ok: true, assignee: { kind } }
      : failure(`initiator() takes no argument, got "${argument}"`);
  }
  if (kind !== 'post' && kind !== 'user' && kind !== 'users' && kind !== 'role' && kind !== 'decider') {
    return failure(`unknown assignee kind "${kind}"; write ${SYNTAX}`);
  }
  if (argument === '') return failure(`${kind}(…) needs an argument`);
  if (argument.length > MAX_ARGUMENT_LENGTH)
    return failure(`the argument of ${kind}(…) is longer than ${MAX_ARGUMENT_LENGTH} characters`);
  switch (kind) {
    case 'post':
      return parsePost(argument);
    case 'users':
      return VARIABLE_PATTERN.test(argument)
        ? { ok: true, assignee: { kind, variable: argument } }
        : failure(`"${argument}" is not a process variable name for users(…): use letters, digits and _`);
    case 'user':
      return IDENTIFIER_PATTERN.test(argument)
        ? { ok: true, assignee: { kind, userId: argument } }
        : invalidArgument(kind, argument);
    case 'role':
      return IDENTIFIER_PATTERN.test(argument)
        ? { ok: true, assignee: { kind, role: argument } }
        : invalidArgument(kind, argument);
    case 'decider':
      return IDENTIFIER_PATTERN.test(argument)
        ? { ok: true, assignee: { kind, table: argument } }
        : invalidArgument(kind, argument);
  }
}

function parsePost(argument: string): AssigneeParseResult {
  const [post, variable, ...rest] = argument.split(',').map((part) => part.trim());
  if (rest.length > 0 || !POST_PATTERN.test(post)) return invalidArgument('post', argument);
  if (variable === undefined) return { ok: true, assignee: { kind: 'post', post } };
  if (!VARIABLE_PATTERN.test(variable)) {
    return failure(`"${variable}" in post(${argument}) is not a process variable name: use letters, digits and _`);
  }
  return { ok: true, assignee: { kind: 'post', post, unitsVariable: variable } };
}

function invalidArgument(kind: string, argument: string): AssigneeParseResult {
  const allowed = kind === 'post' ? 'a post name without commas' : 'letters, digits and _ . : @ -';
  return failure(`"${argument}" is not a valid argument for ${kind}(…): use ${allowed}`);
}

function failure(message: string): AssigneeParseResult {
  return { ok: false, message };
}
