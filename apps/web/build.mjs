// Builds the two browser apps separately, each under its own path, so a listener that must not
// serve staff screens (internet under alpha) never even has their code to hand out.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const APPS = ['staff', 'portal'];

for (const app of APPS) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL(`./${app}`, import.meta.url)),
    base: `/${app}/`,
    publicDir: false,
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir: fileURLToPath(new URL(`./dist/${app}`, import.meta.url)),
      emptyOutDir: true,
      target: 'es2022',
      // bpmn-js is large by nature; it is split into its own lazily loaded chunk.
      chunkSizeWarningLimit: 1500,
    },
  });
}
