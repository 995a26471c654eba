import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/**
 * The architecture's import rules, checked by a machine (docs: /work/shared/ARCHITECTURE.md
 * "Imports point down only"). Pure: give it files as { path, text } with repo-relative POSIX
 * paths, get back every import that breaks a rule. tools/boundaries.test.ts runs it on src/.
 *
 * Imports are found with `ts.preProcessFile`, which sees every form: `import`, `import type`,
 * `export … from`, `import()` (in code and in types), `require()`, `import x = require()`,
 * and `/// <reference types|path>` directives.
 */

export interface SourceText {
  /** Repo-relative, forward slashes: `src/main/core/app/host.ts`. */
  path: string;
  text: string;
}

export interface ImportRef {
  specifier: string;
  /** `import type`, `export type … from`, `typeof import()`, or a reference directive. */
  typeOnly: boolean;
}

export interface BoundaryViolation {
  file: string;
  specifier: string;
  rule: string;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx', '/index.d.ts'];
const NODE_BUILTINS = new Set(builtinModules);

export function isCheckedSourceFile(filePath: string): boolean {
  return SOURCE_EXTENSIONS.some((extension) => filePath.endsWith(extension));
}

/** Every module a file refers to, with whether the reference can only bring in types. */
export function findImports(file: SourceText): ImportRef[] {
  const info = ts.preProcessFile(file.text, true, true);
  const typeOnlyStarts = typeOnlySpecifierStarts(file);
  return [
    ...info.importedFiles.map((ref) => ({ specifier: ref.fileName, typeOnly: typeOnlyStarts.has(ref.pos) })),
    ...info.typeReferenceDirectives.map((ref) => ({ specifier: ref.fileName, typeOnly: true })),
    ...info.referencedFiles.map((ref) => ({ specifier: relativeReference(ref.fileName), typeOnly: true })),
  ];
}

export function checkImportBoundaries(files: readonly SourceText[]): BoundaryViolation[] {
  const known = new Set(files.map((file) => file.path));
  const violations: BoundaryViolation[] = [];
  for (const file of files) {
    for (const ref of findImports(file)) {
      const rule = brokenRule(file.path, ref, known);
      if (rule) violations.push({ file: file.path, specifier: ref.specifier, rule });
    }
  }
  return violations;
}

export function formatViolations(violations: readonly BoundaryViolation[]): string {
  return violations.map((v) => `${v.file}: imports ${JSON.stringify(v.specifier)} — ${v.rule}`).join('\n');
}

/** The first rule this import breaks, or null. */
function brokenRule(file: string, ref: ImportRef, known: ReadonlySet<string>): string | null {
  const { specifier } = ref;
  const target = isRelative(specifier) ? resolveRelative(file, specifier, known) : null;

  if (isElectron(specifier) && !under(file, 'src/main/electron') && !under(file, 'src/preload')) {
    return "only src/main/electron and src/preload may import 'electron' (it throws outside Electron)";
  }

  if (under(file, 'src/shared')) {
    if (target) return under(target, 'src/shared') ? null : 'src/shared may import only inside src/shared';
    return isPackage(specifier, 'zod') ? null : "src/shared may import only 'zod' and files inside src/shared";
  }

  if (under(file, 'src/main/core') || under(file, 'src/main/rpc')) {
    if (target) {
      const banned = ['src/main/server', 'src/main/electron', 'src/main/ipc', 'src/renderer', 'src/preload'];
      const hit = banned.find((folder) => under(target, folder));
      return hit ? `core and rpc must not depend on ${hit} (imports point down only)` : null;
    }
    if (specifier.startsWith('react') || isPackage(specifier, '@lexical/react')) {
      return 'core and rpc must not import React';
    }
    if (['http', 'https', 'http2'].includes(withoutNodePrefix(specifier))) {
      return 'core and rpc must not import HTTP code; transports live in src/main/server';
    }
    return null;
  }

  if (under(file, 'src/renderer')) {
    if (target) {
      if (under(target, 'src/main')) return 'the renderer must not import main-process code';
      if (under(target, 'src/preload')) {
        const allowed = ref.typeOnly && path.posix.dirname(target) === 'src/preload' && target.endsWith('.d.ts');
        return allowed ? null : 'the renderer may only `import type` from src/preload/*.d.ts';
      }
      return null;
    }
    if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0] ?? '')) {
      return 'the renderer runs in a browser sandbox: no Node built-ins';
    }
    return null;
  }

  return null;
}

/**
 * Start positions of module specifiers that are type-only. preProcessFile reports each
 * specifier at the position of its string literal, which is what this collects.
 */
function typeOnlySpecifierStarts(file: SourceText): Set<number> {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, scriptKindOf(file.path));
  const starts = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && node.importClause?.isTypeOnly) {
      starts.add(node.moduleSpecifier.getStart(source));
    } else if (ts.isExportDeclaration(node) && node.isTypeOnly && node.moduleSpecifier) {
      starts.add(node.moduleSpecifier.getStart(source));
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      node.isTypeOnly &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      starts.add(node.moduleReference.expression.getStart(source));
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      starts.add(node.argument.literal.getStart(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return starts;
}

function scriptKindOf(filePath: string): ts.ScriptKind {
  return filePath.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}

/** Resolves like TypeScript would among the given files; unresolved paths are kept as written. */
function resolveRelative(fromFile: string, specifier: string, known: ReadonlySet<string>): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  const candidates = RESOLVE_SUFFIXES.map((suffix) => base + suffix);
  // ESM-style specifiers name the emitted file: './x.js' means './x.ts'.
  if (/\.[cm]?jsx?$/.test(base)) candidates.push(base.replace(/\.([cm]?)js(x?)$/, '.$1ts$2'));
  return candidates.find((candidate) => known.has(candidate)) ?? base;
}

/** `/// <reference path="x" />` is relative even without `./`. */
function relativeReference(fileName: string): string {
  return isRelative(fileName) ? fileName : `./${fileName}`;
}

function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

function under(filePath: string, folder: string): boolean {
  return filePath === folder || filePath.startsWith(`${folder}/`);
}

function isPackage(specifier: string, name: string): boolean {
  return specifier === name || specifier.startsWith(`${name}/`);
}

function isElectron(specifier: string): boolean {
  return isPackage(specifier, 'electron');
}

function withoutNodePrefix(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
}
