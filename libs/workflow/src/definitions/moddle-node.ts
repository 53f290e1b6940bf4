/**
 * A parsed bpmn-moddle element, seen structurally: bpmn-moddle 10 ships no types for its entry point,
 * and the validator only needs $type, ids and a few properties read defensively.
 */
export interface ModdleNode {
  readonly $type: string;
  readonly id?: string;
  readonly name?: string;
  readonly $parent?: ModdleNode;
  readonly $attrs?: Readonly<Record<string, string>>;
  readonly [property: string]: unknown;
}

export function isModdleNode(value: unknown): value is ModdleNode {
  return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

export function childNodes(node: ModdleNode, property: string): ModdleNode[] {
  const value = node[property];
  return Array.isArray(value) ? value.filter(isModdleNode) : [];
}

export function childNode(node: ModdleNode, property: string): ModdleNode | undefined {
  const value = node[property];
  return isModdleNode(value) ? value : undefined;
}

export function stringProperty(node: ModdleNode, property: string): string | undefined {
  const value = node[property];
  return typeof value === 'string' ? value : undefined;
}

/** The id of the node, or of its nearest ancestor with one (event definitions and expressions often have none). */
export function owningElementId(node: ModdleNode): string | null {
  for (let current: ModdleNode | undefined = node; current; current = current.$parent) {
    if (current.id) return current.id;
  }
  return null;
}

export function isInside(node: ModdleNode, ancestor: ModdleNode): boolean {
  for (let current: ModdleNode | undefined = node; current; current = current.$parent) {
    if (current === ancestor) return true;
  }
  return false;
}

/** "bpmn:IntermediateCatchEvent" -> "intermediate catch event" */
export function describeType(type: string): string {
  const localName = type.slice(type.indexOf(':') + 1);
  return localName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
