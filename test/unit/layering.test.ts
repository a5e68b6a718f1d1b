/**
 * The architecture's lines, checked on the import graph (the per-folder tsconfigs check types):
 * shared imports neither Node nor the DOM nor other layers; renderer reaches the backend only
 * through shared; core never imports electron, host, cli or renderer; only the Electron shell
 * imports electron; every npm package a layer uses is on that layer's list.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';

type Layer = 'shared' | 'renderer' | 'core' | 'host' | 'cli' | 'electron';

const LAYER_FOLDERS: Record<Layer, string> = {
  shared: 'shared',
  renderer: 'renderer',
  core: 'main/core',
  host: 'main/host',
  cli: 'main/cli',
  electron: 'main/electron',
};

/** Which other layers each layer may import. */
const MAY_IMPORT: Record<Layer, Layer[]> = {
  shared: [],
  renderer: ['shared'],
  core: ['shared'],
  host: ['shared', 'core'],
  cli: ['shared', 'core', 'host'],
  electron: ['shared', 'core', 'host'],
};

/** npm packages per layer; a new dependency must be placed here deliberately. */
const PACKAGES: Record<Layer, string[]> = {
  shared: ['zod'],
  renderer: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'vite', '@vitejs/plugin-react', '@tanstack/react-virtual', 'dompurify',
    'echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers'],
  core: ['better-sqlite3', 'lowdb', 'lowdb/node', 'pdf-lib', '@pdf-lib/fontkit', 'iconv-lite', 'pst-extractor', '@kenjiuno/msgreader',
    'zod', 'yauzl', 'saxes', 'csv-parse', 'mammoth', 'jschardet', 'pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs',
    'sharp', 'tesseract.js'],
  host: ['ws'],
  cli: ['commander'],
  electron: ['electron'],
};

function filesUnder(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      out.push(...filesUnder(path));
    } else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out;
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) {
    specifiers.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return specifiers;
}

function layerOf(path: string): Layer | null {
  const rel = relative(REPO_ROOT, path).split(sep).join('/');
  const found = (Object.entries(LAYER_FOLDERS) as Array<[Layer, string]>).find(([, folder]) => rel === folder || rel.startsWith(`${folder}/`));
  return found ? found[0] : null;
}

describe('layering', () => {
  for (const layer of Object.keys(LAYER_FOLDERS) as Layer[]) {
    it(`${layer} imports only what it may`, () => {
      const problems: string[] = [];
      for (const file of filesUnder(join(REPO_ROOT, LAYER_FOLDERS[layer]))) {
        const where = relative(REPO_ROOT, file);
        for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
          if (specifier.startsWith('.')) {
            const target = layerOf(resolve(dirname(file), specifier));
            if (target === null) {
              problems.push(`${where} imports ${specifier}, outside every layer`);
            } else if (target !== layer && !MAY_IMPORT[layer].includes(target)) {
              problems.push(`${where} (${layer}) imports ${specifier} (${target})`);
            }
          } else if (specifier.startsWith('node:')) {
            if (layer === 'shared' || layer === 'renderer') {
              problems.push(`${where} (${layer}) imports Node's ${specifier}`);
            }
          } else if (!PACKAGES[layer].includes(specifier) && !(layer === 'renderer' && specifier.startsWith('vitest'))) {
            problems.push(`${where} (${layer}) imports package ${specifier}, not on the ${layer} list`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
