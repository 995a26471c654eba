import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkImportBoundaries,
  findImports,
  formatViolations,
  isCheckedSourceFile,
  type SourceText,
} from './import-boundaries';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function readSourceTree(folder: string): SourceText[] {
  const entries = readdirSync(path.join(repoRoot, folder), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && isCheckedSourceFile(entry.name))
    .map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      return {
        path: path.relative(repoRoot, absolute).split(path.sep).join('/'),
        text: readFileSync(absolute, 'utf8'),
      };
    });
}

/** The violations in a one-file fixture (plus any files it needs to resolve against). */
function violationsOf(file: string, text: string, others: SourceText[] = []) {
  return checkImportBoundaries([{ path: file, text }, ...others]);
}

describe('import boundaries of src/', () => {
  const files = readSourceTree('src');

  it('sees the files it guards (so an empty scan cannot pass silently)', () => {
    const paths = files.map((file) => file.path);
    expect(paths).toContain('src/main/rpc/dispatch.ts');
    expect(paths).toContain('src/shared/contract/index.ts');
    expect(files.length).toBeGreaterThan(10);
  });

  it('has no import that breaks a rule', () => {
    const violations = checkImportBoundaries(files);
    expect(violations, `\n${formatViolations(violations)}\n`).toEqual([]);
  });
});

describe('the boundary checker', () => {
  describe('finds every import form', () => {
    it.each([
      ['import', "import { app } from 'electron';", false],
      ['import type', "import type { App } from 'electron';", true],
      ['side-effect import', "import 'electron';", false],
      ['re-export', "export * from 'electron';", false],
      ['type re-export', "export type { App } from 'electron';", true],
      ['dynamic import', "const e = await import('electron');", false],
      ['import type node', "type E = typeof import('electron');", true],
      ['require', "const e = require('electron');", false],
      ['import-equals', "import e = require('electron');", false],
      ['type import-equals', "import type e = require('electron');", true],
      ['type reference directive', '/// <reference types="electron" />', true],
    ])('%s', (_label, text, typeOnly) => {
      expect(findImports({ path: 'src/x.ts', text })).toEqual([{ specifier: 'electron', typeOnly }]);
    });

    it('does not count an import with only inline type specifiers as type-only', () => {
      // Under verbatimModuleSyntax it still loads the module for its side effects.
      expect(findImports({ path: 'src/x.ts', text: "import { type A } from './a';" })).toEqual([
        { specifier: './a', typeOnly: false },
      ]);
    });
  });

  describe("'electron' outside the shell", () => {
    it.each(["import type { App } from 'electron';", "const { app } = require('electron');", "import 'electron/main';"])(
      'is caught in src/main/core: %s',
      (text) => {
        expect(violationsOf('src/main/core/app/host.ts', text)).toMatchObject([{ file: 'src/main/core/app/host.ts' }]);
      },
    );

    it.each(['src/main/server/http-server.ts', 'src/main/security/navigation.ts', 'src/renderer/src/main.tsx', 'src/main/index.ts'])(
      'is caught in %s',
      (file) => {
        expect(violationsOf(file, "import { shell } from 'electron';")).toHaveLength(1);
      },
    );

    it.each(['src/main/electron/main.ts', 'src/preload/index.ts'])('is allowed in %s', (file) => {
      expect(violationsOf(file, "import { app } from 'electron';")).toEqual([]);
    });
  });

  describe('src/shared', () => {
    it('may import zod and files inside src/shared', () => {
      const text = "import { z } from 'zod';\nimport { dates } from '../domain/dates';";
      expect(violationsOf('src/shared/contract/x.ts', text)).toEqual([]);
    });

    it.each([
      "import path from 'node:path';",
      "import fs from 'fs';",
      "import React from 'react';",
      "import { ServiceError } from '../../main/core/service-error';",
      "import type { Handlers } from '../../main/rpc/handlers';",
      "export * from '../../renderer/src/api/client';",
    ])('may not: %s', (text) => {
      expect(violationsOf('src/shared/contract/x.ts', text)).toHaveLength(1);
    });
  });

  describe('src/main/core and src/main/rpc', () => {
    it.each([
      ['src/main/core/a.ts', "import http from 'node:http';"],
      ['src/main/core/a.ts', "import https from 'https';"],
      ['src/main/rpc/a.ts', "import http from 'http';"],
      ['src/main/core/a.ts', "import { useState } from 'react';"],
      ['src/main/core/a.ts', "import { createRoot } from 'react-dom/client';"],
      ['src/main/core/a.ts', "import { startHttpServer } from '../server/http-server';"],
      ['src/main/rpc/a.ts', "import type { Win } from '../electron/window';"],
      ['src/main/core/x/a.ts', "import { client } from '../../../renderer/src/api/client';"],
    ])('%s may not: %s', (file, text) => {
      expect(violationsOf(file, text)).toHaveLength(1);
    });

    it('may import Node built-ins other than HTTP, the contract, rpc and security helpers', () => {
      const text = [
        "import path from 'node:path';",
        "import Database from 'better-sqlite3';",
        "import { methods } from '../../shared/contract';",
        "import type { Handlers } from '../rpc/handlers';",
        "import { parseExternalUrl } from '../security/navigation';",
      ].join('\n');
      expect(violationsOf('src/main/core/a.ts', text)).toEqual([]);
    });
  });

  describe('src/renderer', () => {
    it.each([
      "import path from 'node:path';",
      "import { readFile } from 'fs/promises';",
      "import { EventEmitter } from 'events';",
      "import { dispatch } from '../../../main/rpc/dispatch';",
      "import type { Handlers } from '../../../main/rpc/handlers';",
      "import '../../../preload/index';",
      "import type { Bridge } from '../../../preload/index';",
    ])('may not: %s', (text) => {
      const preload = [
        { path: 'src/preload/index.ts', text: '' },
        { path: 'src/preload/index.d.ts', text: '' },
      ];
      expect(violationsOf('src/renderer/src/api/client.ts', text, preload)).toHaveLength(1);
    });

    it('may `import type` from a .d.ts file directly in src/preload', () => {
      const preload = [{ path: 'src/preload/bridge.d.ts', text: '' }];
      const text = "import type { Bridge } from '../../../preload/bridge';";
      expect(violationsOf('src/renderer/src/api/client.ts', text, preload)).toEqual([]);
    });

    it('may not import a preload .d.ts for its values', () => {
      const preload = [{ path: 'src/preload/bridge.d.ts', text: '' }];
      const text = "import { Bridge } from '../../../preload/bridge';";
      expect(violationsOf('src/renderer/src/api/client.ts', text, preload)).toHaveLength(1);
    });

    it('may import the contract, React and Lexical', () => {
      const text = [
        "import { methods } from '../../../shared/contract';",
        "import { useState } from 'react';",
        "import { LexicalComposer } from '@lexical/react/LexicalComposer';",
      ].join('\n');
      expect(violationsOf('src/renderer/src/app/App.tsx', text)).toEqual([]);
    });
  });

  it('names the file and the import in its report', () => {
    const violations = violationsOf('src/main/core/a.ts', "import { app } from 'electron';");
    expect(formatViolations(violations)).toMatch(/^src\/main\/core\/a\.ts: imports "electron" — /);
  });
});
