/**
 * DESIGN.md: main/electron is the thin shell and the only code that imports `electron`. This test
 * parses every source file (with the TypeScript parser, so multi-line imports, `require`,
 * dynamic `import()` and `import x = require()` are all seen) and holds the line: three files may
 * load Electron at run time, and the rest of main/electron may use its types only.
 *
 * `import { type X } from 'electron'` counts as a run-time import: under `verbatimModuleSyntax`
 * it compiles to `import {} from 'electron'`, which still loads the module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SCANNED_FOLDERS = ['main', 'renderer', 'shared'];
const SOURCE_FILE = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;

const RUNTIME_IMPORTERS = ['main/electron/main.ts', 'main/electron/preload.ts', 'main/electron/electron-dialogs.ts'];
const TYPE_ONLY_FOLDER = 'main/electron/';

type ElectronImport = { file: string; specifier: string; typeOnly: boolean; line: number };

function isElectronSpecifier(specifier: string): boolean {
  return specifier === 'electron' || specifier.startsWith('electron/');
}

function sourceFiles(folder: string): string[] {
  const absolute = join(ROOT, folder);
  let entries: string[];
  try {
    entries = readdirSync(absolute, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => SOURCE_FILE.test(entry) && !entry.split(sep).includes('node_modules'))
    .map((entry) => join(absolute, entry));
}

function electronImports(path: string): ElectronImport[] {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const file = relative(ROOT, path).split(sep).join('/');
  const found: ElectronImport[] = [];
  const record = (specifierNode: ts.Node, specifier: string, typeOnly: boolean): void => {
    if (isElectronSpecifier(specifier)) {
      const line = source.getLineAndCharacterOfPosition(specifierNode.getStart(source)).line + 1;
      found.push({ file, specifier, typeOnly, line });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      record(node.moduleSpecifier, node.moduleSpecifier.text, node.importClause?.isTypeOnly === true);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      record(node.moduleSpecifier, node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      record(node.moduleReference.expression, node.moduleReference.expression.text, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      record(node.argument.literal, node.argument.literal.text, true);
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const isLoader =
        node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require');
      if (isLoader && first && ts.isStringLiteralLike(first)) {
        record(first, first.text, false);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const allImports = SCANNED_FOLDERS.flatMap(sourceFiles).flatMap(electronImports);
const describeImport = (entry: ElectronImport): string => `${entry.file}:${entry.line} imports '${entry.specifier}'`;

describe("who may import 'electron'", () => {
  it('finds the shell (the scan works)', () => {
    expect(allImports.some((entry) => entry.file === 'main/electron/main.ts' && !entry.typeOnly)).toBe(true);
  });

  it('loads Electron at run time only in main.ts, preload.ts and electron-dialogs.ts', () => {
    const offenders = allImports.filter((entry) => !entry.typeOnly && !RUNTIME_IMPORTERS.includes(entry.file));
    expect(offenders.map(describeImport)).toEqual([]);
  });

  it('uses Electron types only inside main/electron', () => {
    const offenders = allImports.filter((entry) => entry.typeOnly && !entry.file.startsWith(TYPE_ONLY_FOLDER));
    expect(offenders.map(describeImport)).toEqual([]);
  });

  it('keeps window-options.ts pure: `import type` only', () => {
    const own = allImports.filter((entry) => entry.file === 'main/electron/window-options.ts');
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((entry) => !entry.typeOnly).map(describeImport)).toEqual([]);
  });

  it('tells `import { type X }` (which still loads the module) from `import type`', () => {
    const probe = (text: string): boolean[] => {
      const source = ts.createSourceFile('probe.ts', text, ts.ScriptTarget.Latest, true);
      return source.statements.filter(ts.isImportDeclaration).map((node) => node.importClause?.isTypeOnly === true);
    };
    expect(probe("import type { App } from 'electron';\nimport { type App as B } from 'electron';")).toEqual([true, false]);
  });
});
