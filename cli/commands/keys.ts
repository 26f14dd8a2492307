import { parseArgs } from 'node:util';
import { createStore, openDatabase } from '../../store';
import { invalid } from '../../tools';
import type { Command, CommandIO } from '../command';
import { loadConfig } from '../config';

const USAGE = `Usage: mixpilot keys <action> --workspace W [options]

Manages workspace API keys for the HTTP API and the widget (Authorization: Bearer mp_…).

Actions:
  create --workspace W --label L   mint a key (printed once; only its hash is stored).
                                   Creates the workspace W when it does not exist.
  list --workspace W               list keys (prefix, label, last use, revoked)
  revoke ID --workspace W          revoke a key (servers honour it within a minute)

Options:
  --name N   display name of a workspace created by create (default W)
  --json     print JSON`;

async function run(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      label: { type: 'string' },
      name: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const [action, id] = positionals;
  if (action !== 'create' && action !== 'list' && action !== 'revoke')
    throw invalid(
      'action',
      `expected create, list or revoke, got '${action ?? ''}'`,
      'invalid_input',
    );
  const workspace = values.workspace;
  if (!workspace) throw invalid('--workspace', 'is required', 'invalid_input');
  if (action === 'create' && !values.label?.trim())
    throw invalid('--label', 'is required', 'invalid_input');
  if (action === 'revoke' && !id) throw invalid('ID', 'is required', 'invalid_input');
  const config = loadConfig(io.env);
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.MIXPILOT_DATA_DIR });
  try {
    const store = createStore(db);
    if (action === 'create') {
      await store.workspaces.ensure({ id: workspace, name: values.name ?? workspace });
      const { key, record } = await store.apiKeys.create(workspace, {
        label: values.label as string,
      });
      io.out(
        values.json
          ? JSON.stringify({ key, id: record.id, workspace, label: record.label })
          : `${key}\n\nAPI key ${record.id} for workspace ${workspace} (${record.label}). It is shown only this once: store it now.`,
      );
    } else if (action === 'list') {
      const keys = await store.apiKeys.list(workspace);
      io.out(
        values.json
          ? JSON.stringify(keys)
          : keys
              .map(
                (k) =>
                  `${k.id}\t${k.prefix}…\t${k.label}\t${k.lastUsedAt ? `used ${k.lastUsedAt.toISOString()}` : 'never used'}${k.revokedAt ? '\trevoked' : ''}`,
              )
              .join('\n') || 'no keys',
      );
    } else {
      await store.apiKeys.revoke(workspace, id as string);
      io.out(values.json ? JSON.stringify({ revoked: id }) : `revoked ${id}`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

export const keysCommand: Command = {
  name: 'keys',
  summary: 'Create, list or revoke workspace API keys',
  usage: USAGE,
  run,
};
