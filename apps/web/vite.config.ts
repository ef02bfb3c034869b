import path from 'node:path';
import { defineConfig } from 'vite';

const webRoot = import.meta.dirname;
const repoRoot = path.resolve(webRoot, '../..');

/**
 * The web app. Vite 8 compiles TSX itself (oxc), so no React plugin is needed; there is no fast
 * refresh, a full reload on change is quick enough for an app this size.
 */
export const config = defineConfig({
  root: webRoot,
  publicDir: path.join(webRoot, 'public'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  resolve: {
    // The same alias as the root tsconfig's `paths`: the web app reads the API's contracts directly.
    alias: [{ find: /^@bluelamp\/contracts\/(.*)$/, replacement: path.join(repoRoot, 'packages/contracts/src/$1') }],
  },
  build: {
    outDir: path.join(webRoot, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: {
    port: 5173,
    strictPort: true,
    // Keep the browser's Host header: the API refuses writes whose Origin differs from Host.
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});

// Vite looks for a default export in its config file; this is the one place the project allows it.
export default config;
