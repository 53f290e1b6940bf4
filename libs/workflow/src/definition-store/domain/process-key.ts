import { createHash } from 'node:crypto';

/** The longest process key ringi stores (the `processKey` column is varchar(200)). */
export const MAX_PROCESS_KEY_LENGTH = 200;

// XML 1.0 (5th edition) NameStartChar and NameChar without the colon: an NCName, which is what a BPMN id is.
const NAME_START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u203F-\\u2040`;
// Combining diacritical marks (U+0300–U+036F) are NameChars too, kept out of the class above because a
// combining mark inside a character class reads as if it combined with its neighbour.
const NCNAME = new RegExp(`^[${NAME_START}](?:[${NAME_CHAR}]|[\\u0300-\\u036F])*$`, 'u');

/** Whether `value` can be a process key: the id of a BPMN process (an XML NCName) of at most 200 characters. */
export function isProcessKey(value: unknown): boolean {
  return typeof value === 'string' && [...value].length <= MAX_PROCESS_KEY_LENGTH && NCNAME.test(value);
}

/** The audit trail's targetId column holds 80 characters. */
const MAX_TARGET_ID_LENGTH = 80;

/**
 * `${processKey}:v${version}`, the audit target of a definition version. A key too long for the audit
 * column is shortened and made distinct again by a hash of the whole key; the audit detail keeps it whole.
 */
export function definitionTargetId(processKey: string, version: number): string {
  const suffix = `:v${version}`;
  const full = `${processKey}${suffix}`;
  if ([...full].length <= MAX_TARGET_ID_LENGTH) return full;
  const hash = createHash('sha256').update(processKey).digest('hex').slice(0, 8);
  const keep = MAX_TARGET_ID_LENGTH - suffix.length - hash.length - 1;
  return `${[...processKey].slice(0, keep).join('')}~${hash}${suffix}`;
}
