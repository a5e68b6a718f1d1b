/**
 * Builds the renderer into build/renderer, with relative asset URLs so the same files work from
 * Electron (file or custom protocol) and from the browser-mode server. Kept out of the renderer
 * tsconfig because it runs in Node; it uses only `import.meta.dirname`
 * (Node ≥ 20.11), so it imports nothing from Node, which the layering test forbids here.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../build/renderer',
    emptyOutDir: true,
    // Electron's Chromium and the officer's Chromium are both current; no legacy transpiling.
    target: 'es2022',
    // Inline assets would need data: URLs in script/style CSP; keep every asset a file.
    assetsInlineLimit: 0,
  },
});
