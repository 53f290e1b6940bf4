/** Who a user task goes to, resolved against the organisation when the task is created. */
export type Assignee =
  /** The holder of this post in the initiator's section, e.g. post(課長). */
  | { readonly kind: 'post'; readonly post: string }
  | { readonly kind: 'user'; readonly userId: string }
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
const SYNTAX = 'post(課長), user(kacho1), role(permit-clerk), decider(TABLE) or initiator()';

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
  if (kind !== 'post' && kind !== 'user' && kind !== 'role' && kind !== 'decider') {
    return failure(`unknown assignee kind "${kind}"; write ${SYNTAX}`);
  }
  if (argument === '') return failure(`${kind}(…) needs an argument`);
  if (argument.length > MAX_ARGUMENT_LENGTH)
    return failure(`the argument of ${kind}(…) is longer than ${MAX_ARGUMENT_LENGTH} characters`);
  switch (kind) {
    case 'post':
      return POST_PATTERN.test(argument)
        ? { ok: true, assignee: { kind, post: argument } }
        : invalidArgument(kind, argument);
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

function invalidArgument(kind: string, argument: string): AssigneeParseResult {
  const allowed = kind === 'post' ? 'a post name without commas' : 'letters, digits and _ . : @ -';
  return failure(`"${argument}" is not a valid argument for ${kind}(…): use ${allowed}`);
}

function failure(message: string): AssigneeParseResult {
  return { ok: false, message };
}
