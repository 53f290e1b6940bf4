import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Zone } from '@ringi/platform';
import type { Permission, RoleGrant } from './permissions';
import type { AccountKind } from './zone-model';

/** Who is calling, resolved from the session by the AccessGuard. */
export interface Principal {
  userId: number;
  username: string;
  displayName: string;
  kind: AccountKind;
  staffId: number | null;
  roles: RoleGrant[];
  permissions: ReadonlySet<Permission>;
  sessionId: number;
  zone: Zone;
  mfaVerified: boolean;
}

export const PRINCIPAL_KEY = 'ringiPrincipal';

export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<Record<string, unknown>>();
  return req[PRINCIPAL_KEY] as Principal;
});
