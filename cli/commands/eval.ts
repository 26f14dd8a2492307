import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ChatOpenAI } from '@langchain/openai';
import {
  compareRuns,
  consoleSummary,
  createChatJudge,
  formatComparison,
  htmlReport,
  type Judge,
  junitReport,
  parseSuite,
  type RunResult,
  runSuite,
} from '../../evals';
import { invalid, MixPilotError, parseDataset } from '../../tools';
import type { Command } from '../command';
import { type Config, loadConfig } from '../config';
import { createRuntime, DEMO_WORKSPACE, type Runtime, type RuntimeOptions } from '../runtime';
import { commaList } from './comma-list';
import { createProgress, type ProgressSink } from './eval-progress';
import { readCsvBytes } from './read-csv';
import { wholeNumber } from './whatif';

const USAGE = `Usage: mixpilot eval SUITE.yaml [options]

Runs an eval suite (YAML, or JSONL with .jsonl) against MixPilot's agent on an in-memory database
(the demo workspace is seeded), scores every case and prints a summary. Exits 1 when the suite's
thresholds are missed. A case's dataset is \`demo\` or a CSV path (relative to the suite); cases
that name none run on the demo data.

Options:
  --provider P        offline (default; no key needed) or openai (needs OPENAI_API_KEY;
                      OPENAI_BASE_URL and OPENAI_MODEL select any OpenAI-compatible endpoint)
  --report DIR        write results.json, report.html and junit.xml to DIR
  --compare FILE      compare with an earlier results.json: regressions and improvements
  --concurrency N     cases run at once (default 2)
  --tags a,b          only cases with one of these tags
  --timeout MS        time limit per case (default 60000)
  --no-judge          skip LLM-as-judge rubrics even when OPENAI_API_KEY is set
  --json              print the results JSON on stdout instead of the summary`;

/** What the command needs from outside; tests inject an in-process runtime. */
export interface EvalCommandDeps {
  createRuntime?: (config: Config, options: RuntimeOptions) => Promise<Runtime>;
  progress?: ProgressSink;
  /** Builds the judge when a key is configured (default: an OpenAI chat model). */
  judge?: (config: Config) => Judge | undefined;
}

async function readText(file: string, field: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw invalid(field, `cannot read ${file}`, 'invalid_input');
  }
}

/** A workspace per CSV file content, so a suite naming `data/x.csv` reuses the fitted model. */
async function csvWorkspace(runtime: Runtime, file: string): Promise<string> {
  const csv = await readCsvBytes(file, 'dataset');
  const id = `eval-${createHash('sha256').update(csv).digest('hex').slice(0, 16)}`;
  const workspace = await runtime.store.workspaces.ensure({ id, name: path.basename(file) });
  if (!workspace.activeDatasetId) {
    const { dataset, report } = parseDataset(csv);
    await runtime.store.datasets.create(id, { name: file, data: dataset, report, activate: true });
  }
  return id;
}

function openAiJudge(config: Config): Judge | undefined {
  if (!config.OPENAI_API_KEY) return undefined;
  const model = new ChatOpenAI({
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_MODEL,
    temperature: 0,
    ...(config.OPENAI_BASE_URL ? { configuration: { baseURL: config.OPENAI_BASE_URL } } : {}),
  });
  return createChatJudge(model);
}

/** Builds `mixpilot eval` with its collaborators (the defaults are the real ones). */
export function createEvalCommand(deps: EvalCommandDeps = {}): Command {
  return {
    name: 'eval',
    summary: 'Run an eval suite of questions and expectations; score and report the answers',
    usage: USAGE,
    async run(argv, io) {
      const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          provider: { type: 'string', default: 'offline' },
          report: { type: 'string' },
          compare: { type: 'string' },
          concurrency: { type: 'string' },
          tags: { type: 'string' },
          timeout: { type: 'string' },
          'no-judge': { type: 'boolean', default: false },
          json: { type: 'boolean', default: false },
        },
      });
      const file = positionals[0];
      if (!file)
        throw invalid('SUITE', 'give the suite file, e.g. evals/suites/core.yaml', 'invalid_input');
      const provider = values.provider;
      if (provider !== 'offline' && provider !== 'openai')
        throw invalid(
          '--provider',
          `must be offline or openai, got '${provider}'`,
          'invalid_input',
        );
      const concurrency = wholeNumber('--concurrency', values.concurrency, true) ?? 2;
      const timeoutMs = wholeNumber('--timeout', values.timeout, true);
      const tags = commaList('--tags', values.tags, 'whatif,optimize');
      const suite = parseSuite(await readText(file, 'SUITE'), {
        ...(file.endsWith('.jsonl') ? { format: 'jsonl' as const } : {}),
        name: path.basename(file).replace(/\.(ya?ml|jsonl)$/, ''),
      });
      const previous = values.compare
        ? (JSON.parse(await readText(values.compare, '--compare')) as RunResult)
        : undefined;
      const env = loadConfig(io.env);
      if (provider === 'openai' && !env.OPENAI_API_KEY)
        throw new MixPilotError(
          'invalid_input',
          '--provider openai: set OPENAI_API_KEY (and OPENAI_BASE_URL for another endpoint)',
        );
      const config: Config = Object.freeze(
        provider === 'offline' ? { ...env, OPENAI_API_KEY: undefined } : env,
      );
      const judge = values['no-judge'] ? undefined : (deps.judge ?? openAiJudge)(env);
      const runtime = await (deps.createRuntime ?? createRuntime)(config, { inMemory: true });
      const progress = createProgress(deps.progress ?? process.stderr);
      let run: RunResult;
      try {
        const base = path.dirname(file);
        run = await runSuite(suite, {
          agent: runtime.agent,
          prepareWorkspace: (ref) =>
            ref === DEMO_WORKSPACE
              ? Promise.resolve(DEMO_WORKSPACE)
              : csvWorkspace(runtime, path.resolve(base, ref)),
          // As POST /api/evals runs cases in the caller's workspace, cases naming no dataset
          // run on the CLI's workspace: the demo data.
          defaultDataset: DEMO_WORKSPACE,
          concurrency,
          provider,
          onProgress: (p) => progress.update(p),
          ...(timeoutMs ? { timeoutMs } : {}),
          ...(tags?.length ? { tags } : {}),
          ...(judge ? { judge } : {}),
        });
      } finally {
        progress.end();
        await runtime.close();
      }
      const comparison = previous ? compareRuns(previous, run) : undefined;
      if (values.report) {
        await mkdir(values.report, { recursive: true });
        await writeFile(
          path.join(values.report, 'results.json'),
          `${JSON.stringify(run, null, 2)}\n`,
        );
        await writeFile(path.join(values.report, 'report.html'), htmlReport(run, comparison));
        await writeFile(path.join(values.report, 'junit.xml'), junitReport(run));
      }
      if (values.json) io.out(JSON.stringify(run));
      else {
        io.out(consoleSummary(run));
        if (comparison) io.out(formatComparison(comparison));
        if (values.report)
          io.out(`reports in ${values.report}: results.json, report.html, junit.xml`);
      }
      return run.summary.thresholdsMet ? 0 : 1;
    },
  };
}

/** `mixpilot eval SUITE [--provider offline|openai] [--report DIR] ...`. */
export const evalCommand = createEvalCommand();
