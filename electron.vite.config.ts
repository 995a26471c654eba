import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // Two entries share the core: the Electron shell, and the loopback server that runs
        // in plain Node (`npm run serve`, the end-to-end tests, and the no-Electron fallback).
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          serve: resolve(__dirname, 'src/main/serve.ts'),
          // Imported documents are read in this worker thread, away from the UI's requests.
          'import-worker': resolve(__dirname, 'src/main/core/sources/import/worker/import-worker.ts'),
          'analysis-worker': resolve(__dirname, 'src/main/core/analysis/worker/analysis-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() anything but 'electron': bundle everything else.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // Smaller to parse at start-up; source maps keep stack traces readable.
      minify: true,
      sourcemap: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
      },
    },
  },
});
