import type { SerializableContext } from 'moddle-context-serializer';
import { loadDefinitionContext } from './serialized-context';

/** Returns the serializedContext that validateDefinition produced for a definition version. */
export type SerializedContextLoader = (definitionId: string) => Promise<string> | string;

export interface DefinitionCacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly size: number;
}

const DEFAULT_MAX_ENTRIES = 200;

/**
 * The executable form of each definition version, loaded and deserialized once and then shared by every
 * engine that runs the version. Versions never change, so entries only leave when the cache is full.
 */
export class DefinitionContextCache {
  private readonly entries = new Map<string, Promise<SerializableContext>>();
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly load: SerializedContextLoader,
    private readonly maxEntries = DEFAULT_MAX_ENTRIES,
  ) {}

  get(definitionId: string): Promise<SerializableContext> {
    const cached = this.entries.get(definitionId);
    if (cached) {
      this.hits += 1;
      // Re-inserting keeps the Map in least-recently-used order.
      this.entries.delete(definitionId);
      this.entries.set(definitionId, cached);
      return cached;
    }
    this.misses += 1;
    const loading = (async () => loadDefinitionContext(await this.load(definitionId)))();
    this.entries.set(definitionId, loading);
    loading.catch(() => {
      if (this.entries.get(definitionId) === loading) this.entries.delete(definitionId);
    });
    this.evictOverflow();
    return loading;
  }

  get stats(): DefinitionCacheStats {
    return { hits: this.hits, misses: this.misses, size: this.entries.size };
  }

  private evictOverflow(): void {
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) return;
      this.entries.delete(oldest);
    }
  }
}
