import { around, bpmnDefinitions } from '../definitions/bpmn-fixtures';
import { validateDefinition } from '../definitions/validate-definition';
import { DefinitionContextCache } from './definition-cache';
import { InvalidDefinitionContextError } from './serialized-context';

describe('DefinitionContextCache', () => {
  let serializedContext: string;
  beforeAll(async () => {
    const validation = await validateDefinition(bpmnDefinitions(around('<userTask id="t"/>', 't')));
    if (!validation.ok) throw new Error('refused');
    serializedContext = validation.serializedContext;
  });

  it('loads each definition version once and shares the context', async () => {
    const loaded: string[] = [];
    const cache = new DefinitionContextCache((id) => {
      loaded.push(id);
      return serializedContext;
    });
    const [first, concurrent] = await Promise.all([cache.get('v1'), cache.get('v1')]);
    expect(await cache.get('v1')).toBe(first);
    expect(concurrent).toBe(first);
    expect(loaded).toEqual(['v1']);
    expect(cache.stats).toEqual({ hits: 2, misses: 1, size: 1 });
  });

  it('drops the least recently used version when full', async () => {
    const loaded: string[] = [];
    const cache = new DefinitionContextCache((id) => {
      loaded.push(id);
      return serializedContext;
    }, 2);
    for (const id of ['v1', 'v2', 'v1', 'v3', 'v1', 'v2']) await cache.get(id);
    expect(loaded).toEqual(['v1', 'v2', 'v3', 'v2']);
    expect(cache.stats.size).toBe(2);
  });

  it.each([
    ['not JSON', 'the serialized definition context is not JSON'],
    ['{"definition":{"id":"x"}}', 'was not produced by validateDefinition'],
  ])('refuses a stored context that is %s, and tries again next time', async (stored, message) => {
    let attempts = 0;
    const cache = new DefinitionContextCache(() => {
      attempts += 1;
      return attempts === 1 ? stored : serializedContext;
    });
    const failed = cache.get('v1');
    await expect(failed).rejects.toThrow(InvalidDefinitionContextError);
    await expect(failed).rejects.toThrow(message);
    await expect(cache.get('v1')).resolves.toBeDefined();
    expect(attempts).toBe(2);
  });
});
