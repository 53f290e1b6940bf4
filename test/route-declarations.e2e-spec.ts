import { RequestMethod } from '@nestjs/common';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { InstanceWrapper } from '@nestjs/core/injector/instance-wrapper.js';
import { ACCESS_METADATA, SURFACES, type AccessRule } from '@ringi/auth';
import { startTestApp, type TestApp } from './support/test-app';

const PATH_METADATA = 'path';
const METHOD_METADATA = 'method';

interface DeclaredRoute {
  route: string;
  rule: AccessRule | undefined;
}

/** Every handler Nest registered, with the access rule on it or on its controller. */
function registeredRoutes(t: TestApp): DeclaredRoute[] {
  const modules = t.app.get(ModulesContainer);
  const scanner = new MetadataScanner();
  const routes: DeclaredRoute[] = [];
  const controllers = [...modules.values()].flatMap((m) => [...m.controllers.values()] as InstanceWrapper[]);
  for (const wrapper of controllers) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    const base = Reflect.getMetadata(PATH_METADATA, wrapper.metatype) as string;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const rule =
        (Reflect.getMetadata(ACCESS_METADATA, handler) as AccessRule | undefined) ??
        (Reflect.getMetadata(ACCESS_METADATA, wrapper.metatype) as AccessRule | undefined);
      routes.push({ route: `${method} /${base}/${path}`.replace(/\/+/g, '/').replace(/\/$/, ''), rule });
    }
  }
  return routes;
}

describe('every route declares its zones and permissions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds the routes of every module', () => {
    const routes = registeredRoutes(t).map((r) => r.route);
    expect(routes).toEqual(
      expect.arrayContaining(['POST /api/auth/login', 'GET /api/audit/verify', 'GET /api/health']),
    );
    expect(routes.length).toBeGreaterThan(20);
  });

  it('has no route without an access rule, and every rule names a known surface', () => {
    const undeclared = registeredRoutes(t)
      .filter((r) => !r.rule)
      .map((r) => r.route);
    expect(undeclared).toEqual([]);
    const unknownSurface = registeredRoutes(t).filter((r) => !SURFACES.includes(r.rule!.surface));
    expect(unknownSurface).toEqual([]);
  });

  it('only lets anonymous callers reach the public surface', () => {
    const anonymousOutsidePublic = registeredRoutes(t).filter(
      (r) => r.rule?.permissions === null && r.rule.surface !== 'public',
    );
    expect(anonymousOutsidePublic.map((r) => r.route)).toEqual([]);
  });
});
