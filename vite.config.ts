/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './server/build/precompress.ts';

export default defineConfig({
  plugins: [react(), precompress()],
  server: { port: 5173 },
  preview: { port: 4173 },
  // The demo API's Worker (mocks/demo-worker.ts) is an ES module, like the page's own chunks.
  worker: { format: 'es' },
  build: {
    // The demo worker and fleet generator load only in demo mode, as their own chunk.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically is one chunk: the pieces a lazy chunk also uses would otherwise
          // each be a chunk of their own, each a request with half a kilobyte of headers before the first card.
          groups: [{ name: 'first-board', tags: ['$initial'] }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'server/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Component tests render whole routes against the API app, and pages, dialogs and card actions load lazily
    // (a file's first test also transforms them): on a busy 2-core machine 5 s is too tight.
    testTimeout: 15_000,
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
