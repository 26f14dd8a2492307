import { describe, expect, it } from 'vitest';
import { checkLayers, parseImports } from './layer-rules';

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('layer check', () => {
  it('accepts imports that point down through index.ts', () => {
    const problems = checkLayers(
      files({
        'tools/index.ts': "export { a } from './a';",
        'tools/a.ts': 'export const a = 1;',
        'agent/x.ts': "import { a } from '../tools';",
      }),
    );
    expect(problems).toEqual([]);
  });

  it('rejects an import that points up', () => {
    const problems = checkLayers(
      files({
        'agent/index.ts': 'export {};',
        'tools/a.ts': "import '../agent';\nimport { x } from '../agent';",
      }),
    );
    expect(problems.join('\n')).toMatch(/tools\/ may not import agent\//);
  });

  it('rejects a deep import into another part', () => {
    const problems = checkLayers(
      files({
        'tools/index.ts': '',
        'tools/a.ts': '',
        'agent/x.ts': "import { a } from '../tools/a';",
      }),
    );
    expect(problems.join('\n')).toMatch(/through tools\/index.ts/);
  });

  it('rejects value imports from tools in store but allows types and the error type', () => {
    const ok = checkLayers(
      files({
        'tools/index.ts': '',
        'store/a.ts':
          "import type { Dataset } from '../tools';\nimport { MixPilotError } from '../tools';",
      }),
    );
    expect(ok).toEqual([]);
    const bad = checkLayers(
      files({ 'tools/index.ts': '', 'store/a.ts': "import { fitModel } from '../tools';" }),
    );
    expect(bad.join('\n')).toMatch(/only types from tools\/, not fitModel/);
  });

  it('finds a cycle between files', () => {
    const problems = checkLayers(
      files({ 'tools/a.ts': "import { b } from './b';", 'tools/b.ts': "import { a } from './a';" }),
    );
    expect(problems.join('\n')).toMatch(/import cycle: tools\/a.ts -> tools\/b.ts -> tools\/a.ts/);
  });

  it('treats inline type specifiers as type-only', () => {
    expect(parseImports("import { type A, type B } from './x';")[0]?.typeOnly).toBe(true);
    expect(parseImports("import { type A, b } from './x';")[0]?.names).toEqual(['b']);
  });
});
