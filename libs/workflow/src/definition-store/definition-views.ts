import type { UserTaskDefinition } from '../definitions/user-task-attributes';
import type { WorkflowDefinition } from './entities/workflow-definition.entity';

/** A definition version as the API shows it: everything but the XML and the serialized context. */
export interface DefinitionVersionView {
  id: number;
  processKey: string;
  version: number;
  name: string | null;
  active: boolean;
  deployedByUserId: number | null;
  deployedAt: Date;
  userTasks: UserTaskDefinition[];
}

/** One process key with its latest and its active version. */
export interface DefinitionKeyView {
  processKey: string;
  /** The name in the latest version. */
  name: string | null;
  latestVersion: number;
  activeVersion: number | null;
  /** The definitionId new instances of the key start on. */
  activeDefinitionId: number | null;
  versionCount: number;
  lastDeployedAt: Date;
}

/** A stored version with what the engine needs to run it. */
export interface StoredDefinition extends DefinitionVersionView {
  xml: string;
  serializedContext: string;
}

export type DefinitionSummaryRow = Pick<
  WorkflowDefinition,
  'id' | 'processKey' | 'version' | 'name' | 'active' | 'deployedByUserId' | 'deployedAt' | 'userTasks'
>;

export function toVersionView(row: DefinitionSummaryRow): DefinitionVersionView {
  return {
    id: row.id,
    processKey: row.processKey,
    version: row.version,
    name: row.name,
    active: Boolean(row.active),
    deployedByUserId: row.deployedByUserId,
    deployedAt: row.deployedAt,
    userTasks: JSON.parse(row.userTasks) as UserTaskDefinition[],
  };
}

export function toStoredDefinition(row: WorkflowDefinition): StoredDefinition {
  return { ...toVersionView(row), xml: row.xml, serializedContext: row.serializedContext };
}

/** Groups rows ordered by key and version into one entry per key. */
export function toKeyViews(
  rows: ReadonlyArray<Pick<WorkflowDefinition, 'id' | 'processKey' | 'version' | 'name' | 'active' | 'deployedAt'>>,
): DefinitionKeyView[] {
  const byKey = new Map<string, DefinitionKeyView>();
  for (const row of rows) {
    let view = byKey.get(row.processKey);
    if (!view) {
      view = {
        processKey: row.processKey,
        name: row.name,
        latestVersion: row.version,
        activeVersion: null,
        activeDefinitionId: null,
        versionCount: 0,
        lastDeployedAt: row.deployedAt,
      };
      byKey.set(row.processKey, view);
    }
    view.versionCount += 1;
    if (row.version >= view.latestVersion) {
      view.latestVersion = row.version;
      view.name = row.name;
      view.lastDeployedAt = row.deployedAt;
    }
    if (row.active) {
      view.activeVersion = row.version;
      view.activeDefinitionId = row.id;
    }
  }
  return [...byKey.values()];
}
