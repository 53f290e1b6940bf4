/** Why a definition cannot be deployed, pointing at the BPMN element to fix when there is one. */
export interface Problem {
  readonly elementId: string | null;
  readonly message: string;
}

export function problem(elementId: string | null | undefined, message: string): Problem {
  return { elementId: elementId ?? null, message };
}
