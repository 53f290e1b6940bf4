import { AsyncLocalStorage } from 'node:async_hooks';
import type { Zone } from '../zones/zone';

export interface RequestActor {
  userId: number;
  username: string;
  displayName: string;
}

/** What the audit trail and the logs need to know about the request being served. */
export interface RequestContext {
  requestId: string;
  zone?: Zone;
  clientAddress?: string;
  actor?: RequestActor;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(ctx: RequestContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
};
