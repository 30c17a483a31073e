import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Several app instances serve one site only if nothing a request depends on lives in one process's
 * memory. Whatever the server's code keeps at module level — a `let`, a Map, Set, array or object
 * that it changes, an instance of any other class, anything put on globalThis — must be listed in
 * docs/scaling.md with why it is harmless. This finds them and compares.
 */

const root = path.resolve(import.meta.dirname, '..');
const serverCode = ['app', 'components', 'lib', 'proxy.ts', 'instrumentation.ts'];
/** Generated code, and helpers only tests and commands load. */
const notServed = ['lib/generated', 'lib/testing'];

const containers = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array']);
const mutators = new Set(['set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill']);

function sourceFiles(entry: string): string[] {
  if (notServed.includes(entry)) return [];
  if (statSync(path.join(root, entry)).isDirectory()) {
    return readdirSync(path.join(root, entry)).flatMap((name) => sourceFiles(path.join(entry, name)));
  }
  return /\.tsx?$/.test(entry) && !/\.(test\.tsx?|d\.ts)$/.test(entry) ? [entry] : [];
}

/** True when the file changes what `name` holds: calls a mutating method on it or assigns into it. */
function isChanged(file: ts.SourceFile, name: string): boolean {
  const isName = (node: ts.Node) => ts.isIdentifier(node) && node.text === name;
  let changed = false;
  const visit = (node: ts.Node) => {
    if (
      (ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        isName(node.expression.expression) &&
        mutators.has(node.expression.name.text)) ||
      (ts.isBinaryExpression(node) &&
        node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        node.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
        (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left)) &&
        isName(node.left.expression)) ||
      (ts.isDeleteExpression(node) &&
        (ts.isPropertyAccessExpression(node.expression) || ts.isElementAccessExpression(node.expression)) &&
        isName(node.expression.expression))
    ) {
      changed = true;
    }
    if (!changed) ts.forEachChild(node, visit);
  };
  visit(file);
  return changed;
}

/**
 * A constant holds state when it is a container (Map, Set, array, object) that the file changes, or an
 * object of any other class, whose insides are that class's business.
 */
function holdsState(file: ts.SourceFile, name: string, initializer: ts.Expression | undefined): boolean {
  if (!initializer) return false;
  if (ts.isArrayLiteralExpression(initializer) || ts.isObjectLiteralExpression(initializer)) return isChanged(file, name);
  if (!ts.isNewExpression(initializer)) return false;
  return !ts.isIdentifier(initializer.expression) || !containers.has(initializer.expression.text) || isChanged(file, name);
}

/** Every piece of module-level state in one file, as `path name`. */
function moduleState(relativePath: string): string[] {
  const file = ts.createSourceFile(relativePath, readFileSync(path.join(root, relativePath), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const constant = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name)) continue;
      const name = declaration.name.text;
      if (!constant || holdsState(file, name, declaration.initializer)) found.push(name);
    }
  }
  let onGlobal = false;
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && node.text === 'globalThis') onGlobal = true;
    if (!onGlobal) ts.forEachChild(node, visit);
  };
  visit(file);
  if (onGlobal) found.push('globalThis');
  return found.map((name) => `${relativePath.split(path.sep).join('/')} ${name}`);
}

/** The rows of docs/scaling.md's table of module-level state: | `path` | `name` | … |. */
function listedState(): string[] {
  const doc = readFileSync(path.join(root, 'docs/scaling.md'), 'utf8');
  return [...doc.matchAll(/^\| `([^`]+)` \| `([^`]+)` \|/gm)].map(([, file, name]) => `${file} ${name}`);
}

describe('state kept in one process', () => {
  it('is exactly what docs/scaling.md lists as harmless', () => {
    const found = serverCode.flatMap(sourceFiles).flatMap(moduleState).sort();
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(listedState().sort());
  });
});
