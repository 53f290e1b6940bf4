import { deserialize, type SerializableContext } from 'moddle-context-serializer';
import { ringiTypeResolver } from './element-types';

/** Marks a serialized moddle context as written by validateDefinition, with its expressions in ringi's canonical form. */
export const RINGI_CONTEXT_FORMAT = 'ringi-context/1';

export class InvalidDefinitionContextError extends Error {
  override readonly name = 'InvalidDefinitionContextError';
}

/** Turns stored context JSON back into what the engine runs, without touching XML. */
export function loadDefinitionContext(serializedContext: string): SerializableContext {
  let parsed: unknown;
  try {
    parsed = JSON.parse(serializedContext);
  } catch {
    throw new InvalidDefinitionContextError('the serialized definition context is not JSON');
  }
  const format = (parsed as { definition?: { ringiFormat?: unknown } } | null)?.definition?.ringiFormat;
  if (format !== RINGI_CONTEXT_FORMAT) {
    // A context from elsewhere could carry conditions in forms the runner would not evaluate as FEEL.
    throw new InvalidDefinitionContextError(
      `the definition context was not produced by validateDefinition (format ${String(format)})`,
    );
  }
  return deserialize(parsed as object, ringiTypeResolver);
}
