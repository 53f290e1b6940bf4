import { readFileSync } from 'node:fs';

export interface ModdlePackageDescriptor {
  readonly name: string;
  readonly uri: string;
  readonly prefix: string;
  readonly types: ReadonlyArray<{
    readonly name: string;
    readonly properties: ReadonlyArray<{ readonly name: string }>;
  }>;
}

/** The moddle extension for ringi's BPMN attributes; the same JSON file serves bpmn-js in the browser. */
export const ringiModdleDescriptor: ModdlePackageDescriptor = JSON.parse(
  readFileSync(new URL('./ringi-moddle.json', import.meta.url), 'utf8'),
);

export const RINGI_NAMESPACE_URI = ringiModdleDescriptor.uri;

/** The attribute names ringi defines on user tasks, without prefix. */
export const RINGI_USER_TASK_ATTRIBUTES: readonly string[] = ringiModdleDescriptor.types.flatMap((type) =>
  type.properties.map((property) => property.name),
);
