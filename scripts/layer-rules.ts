/**
 * The layering of ../shared/ARCHITECTURE.md as data, and a checker over a set of source files.
 * Rules: a part imports only the parts listed for it, only through their `index.ts`, the engine
 * uses no packages beyond its own, knowledge/ and store/ take only types (and the error type) from
 * tools/, and no value-import cycle exists between files.
 */
import path from 'node:path';

export const PARTS: Record<string, readonly string[]> = {
  tools: [],
  knowledge: ['tools'],
  store: ['tools'],
  agent: ['tools', 'knowledge', 'store'],
  server: ['tools', 'knowledge', 'store', 'agent'],
  integrations: ['tools', 'store', 'agent'],
  evals: ['tools', 'agent'],
  cli: ['tools', 'knowledge', 'store', 'agent', 'server', 'integrations', 'evals'],
  tests: ['tools', 'knowledge', 'store', 'agent', 'server', 'integrations', 'evals', 'cli'],
  bench: ['tools', 'knowledge', 'store', 'agent', 'server', 'integrations', 'evals', 'cli'],
  scripts: [],
};

/** Packages each part may use; parts not listed may use any installed package. */
const PACKAGES: Record<string, readonly string[]> = {
  tools: ['ml-matrix', 'zod', '@langchain/core'],
};

/** Values knowledge/ and store/ may take from tools/ besides types. */
const TOOLS_VALUES_FOR_LOWER = new Set(['MixPilotError', 'invalid', 'isMixPilotError']);

export interface ImportRef {
  specifier: string;
  typeOnly: boolean;
  names: string[];
}

const IMPORT_RE =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'"]*?)\s*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Extracts import/export-from specifiers with whether they are type-only and the names taken. */
export function parseImports(source: string): ImportRef[] {
  const refs: ImportRef[] = [];
  for (const m of source.matchAll(IMPORT_RE)) {
    if (m[5]) {
      refs.push({ specifier: m[5], typeOnly: false, names: ['*'] });
      continue;
    }
    const clause = m[3] ?? '';
    const braced = clause.match(/\{([^}]*)\}/)?.[1] ?? '';
    const names = braced
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const valueNames = names.filter((n) => !n.startsWith('type '));
    const typeOnly =
      Boolean(m[2]) ||
      (names.length > 0 &&
        valueNames.length === 0 &&
        !/^\s*\w+\s*,/.test(clause) &&
        !clause.includes('*'));
    refs.push({
      specifier: m[4] as string,
      typeOnly,
      names: typeOnly ? [] : valueNames.map((n) => n.split(/\s+as\s+/)[0] as string),
    });
  }
  return refs;
}

export function partOf(file: string): string | undefined {
  const top = file.split('/')[0] as string;
  return top in PARTS ? top : undefined;
}

/** Checks files (path relative to the repo root -> source) and returns one message per violation. */
export function checkLayers(files: Map<string, string>): string[] {
  const problems: string[] = [];
  const graph = new Map<string, string[]>();
  for (const [file, source] of files) {
    const from = partOf(file);
    if (!from) continue;
    const edges: string[] = [];
    for (const ref of parseImports(source)) {
      if (!ref.specifier.startsWith('.')) {
        const allowed = PACKAGES[from];
        const pkg = ref.specifier.startsWith('@')
          ? ref.specifier.split('/').slice(0, 2).join('/')
          : (ref.specifier.split('/')[0] as string);
        if (
          allowed &&
          !allowed.includes(pkg) &&
          !file.endsWith('.test.ts') &&
          !pkg.startsWith('node:')
        ) {
          problems.push(`${file}: ${from}/ may not use the package '${pkg}'`);
        }
        continue;
      }
      const target = resolve(file, ref.specifier, files);
      if (!target) {
        problems.push(`${file}: cannot resolve '${ref.specifier}'`);
        continue;
      }
      if (!ref.typeOnly) edges.push(target);
      const to = partOf(target);
      if (!to || to === from) continue;
      if (to === 'tests' && file.endsWith('.test.ts') && target === 'tests/support/index.ts')
        continue;
      if (!PARTS[from]?.includes(to)) {
        problems.push(`${file}: ${from}/ may not import ${to}/ (layers only point down)`);
      } else if (target !== `${to}/index.ts`) {
        problems.push(`${file}: import ${to}/ through ${to}/index.ts, not '${ref.specifier}'`);
      } else if (to === 'tools' && (from === 'knowledge' || from === 'store') && !ref.typeOnly) {
        const extra = ref.names.filter((n) => !TOOLS_VALUES_FOR_LOWER.has(n));
        if (extra.length > 0) {
          problems.push(`${file}: ${from}/ takes only types from tools/, not ${extra.join(', ')}`);
        }
      }
    }
    graph.set(file, edges);
  }
  problems.push(...findCycles(graph));
  return problems;
}

function resolve(file: string, specifier: string, files: Map<string, string>): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  const stripped = base.replace(/\.(js|ts)$/, '');
  for (const candidate of [base, `${stripped}.ts`, `${stripped}/index.ts`]) {
    if (files.has(candidate)) return candidate;
  }
  return undefined;
}

function findCycles(graph: Map<string, string[]>): string[] {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 1);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const s = state.get(next);
      if (s === 1) {
        const cycle = stack.slice(stack.indexOf(next)).concat(next);
        found.push(`import cycle: ${cycle.join(' -> ')}`);
      } else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(node, 2);
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}
