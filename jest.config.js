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
  // Files run one at a time (npm run test:jest: --maxWorkers=1) in a worker process. In native ESM mode every
  // test file loads its own copy of the modules and Node never frees them (about 40 MB per file), so the worker
  // is replaced once it holds more than this; one process for the whole run ran out of heap.
  workerIdleMemoryLimit: '2GB',
};
