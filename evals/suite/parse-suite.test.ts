import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMixPilotError } from '../../tools';
import { parseSuite } from './parse-suite';

const YAML = `
name: tiny
defaults: { dataset: demo, expect: { extra_tools: forbid } }
cases:
  - id: move
    tags: [whatif]
    question: move 20% of tv to social
    expect:
      tools:
        - name: what_if
          args:
            changes[0].percent: 20
            changes[0].from: { regex: '^tv' }
            'changes[0]': { type: move }
  - id: follow-up
    turns:
      - question: cut radio in half
        expect: { tools: [what_if] }
      - question: and TV?
`;

function errorOf(fn: () => unknown): { message: string; fields: string[] } {
  try {
    fn();
  } catch (error) {
    if (isMixPilotError(error))
      return { message: error.message, fields: error.issues.map((i) => i.field) };
    throw error;
  }
  throw new Error('expected a failure');
}

describe('parseSuite', () => {
  it('reads YAML cases, single questions as one turn, and argument maps as checks', () => {
    const suite = parseSuite(YAML);
    expect(suite.cases.map((c) => c.turns.length)).toEqual([1, 2]);
    expect(suite.cases[0]?.turns[0]?.expect.tools?.[0]?.args).toEqual([
      { path: 'changes[0].percent', equals: 20 },
      { path: 'changes[0].from', regex: '^tv' },
      { path: 'changes[0]', subset: { type: 'move' } },
    ]);
    expect(suite.thresholds.pass_rate).toBe(0.95);
    expect(suite.thresholds.exclude_tags).toEqual(['known-issue']);
  });

  it('reads JSONL with a suite header line', () => {
    const text = [
      '{"suite":{"name":"j","defaults":{"dataset":"demo"}}}',
      '{"id":"a","question":"what drives sales?","expect":{"tools":["get_contributions"]}}',
      '{"id":"b","question":"hi"}',
    ].join('\n');
    const suite = parseSuite(text);
    expect(suite.name).toBe('j');
    expect(suite.cases.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('reads a whole suite sent as one line of JSON (what JSON.stringify gives) as a suite', () => {
    const suite = parseSuite(
      JSON.stringify({
        name: 'x',
        cases: [
          { id: 'a', question: 'what drives sales?', expect: { tools: ['get_contributions'] } },
        ],
      }),
    );
    expect(suite.name).toBe('x');
    expect(suite.cases.map((c) => c.id)).toEqual(['a']);
    // One case on one line is still JSONL.
    expect(parseSuite('{"id":"b","question":"hi"}', { name: 'one' }).cases[0]?.id).toBe('b');
  });

  it("reads the README's example suite", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const suite = parseSuite(example);
    expect(suite.cases.map((c) => c.id)).toEqual(['move-tv-social', 'follow-up']);
    expect(suite.cases[0]?.turns[0]?.expect.tools?.[0]?.args).toContainEqual({
      path: 'changes[0].percent',
      equals: 20,
    });
  });

  it('names the case and the field of an unknown tool', () => {
    const bad = YAML.replace('name: what_if', 'name: what_iff');
    const e = errorOf(() => parseSuite(bad));
    expect(e.message).toMatch(/^suite: case 'move' \(cases\[0\]\) expect\.tools\[0\]/);
  });

  it('names a misspelled expectation field', () => {
    const bad = YAML.replace('tools: [what_if]', 'tool: [what_if]');
    const e = errorOf(() => parseSuite(bad));
    expect(e.fields[0]).toBe("case 'follow-up' (cases[1]) turns[0].expect.tool");
    expect(e.message).toMatch(
      /turns\[0\]\.expect\.tool: is not a known field \(known: .*\btools\b/,
    );
  });

  it('rejects duplicate case ids and a case without a question', () => {
    expect(
      errorOf(() => parseSuite(`${YAML}  - id: move\n    question: again\n`)).message,
    ).toContain('used by an earlier case');
    expect(errorOf(() => parseSuite('name: x\ncases:\n  - id: empty\n')).fields[0]).toMatch(
      /^case 'empty' \(cases\[0\]\)/,
    );
  });

  it('reports YAML syntax errors as invalid input', () => {
    expect(errorOf(() => parseSuite('name: [unclosed\ncases: 1')).message).toMatch(/^suite: yaml:/);
  });
});
