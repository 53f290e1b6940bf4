// Jest runs in native ESM mode because the NestJS 12 packages are ESM-only.
const swcConfig = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

export default {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcConfig] },
  moduleNameMapper: {
    '^@ringi/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
  },
  testMatch: [
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/apps/api/**/*.spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
    '<rootDir>/seeds/**/*.spec.ts',
    '<rootDir>/apps/web/**/*.spec.ts',
    '<rootDir>/test/browser/*.spec.ts',
  ],
  // Generous: an e2e file starts several apps on fresh databases, which is slow on a busy 2-core machine.
  testTimeout: 120000,
};
