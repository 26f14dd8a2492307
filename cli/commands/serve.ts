import { parseArgs } from 'node:util';
import { invalid } from '../../tools';
import type { Command, CommandIO } from '../command';
import { loadConfig } from '../config';
import { startService } from '../serve-service';

const USAGE = `Usage: mixpilot serve [--port N] [--host H]

Starts the HTTP API and the web chat widget (and Slack when SLACK_BOT_TOKEN with
SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode, is set). Uses the embedded database
under .mixpilot/ unless DATABASE_URL is set; seeds and fits the demo workspace on first start.

Without MIXPILOT_JWT_SECRET, MIXPILOT_JWKS_URL or MIXPILOT_REQUIRE_AUTH the server runs in local
mode: it listens on 127.0.0.1 only and requests without credentials act on the demo workspace.

Options:
  --port N   port to listen on (default PORT or 3000; 0 picks a free one)
  --host H   address to bind (default 127.0.0.1 in local mode, else 0.0.0.0)

Stops gracefully on Ctrl-C or SIGTERM (also when run by npm start and npm is stopped).`;

/**
 * Resolves on the first SIGINT or SIGTERM, or, with `watchParent`, once `parent` (the process
 * that started this one, read at start) has gone (checked twice a second). `npm start` and `npx mixpilot serve` run the server
 * under a shell (`sh -c`) that dies on SIGTERM without passing it on: npm signals only that shell,
 * so the server would be left running, holding its port and the database. When the shell goes,
 * the server stops as it would on SIGTERM.
 */
export function untilStopped(watchParent: boolean, parent = process.ppid): Promise<string> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const on = (reason: string) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      clearInterval(timer);
      resolve(reason);
    };
    process.once('SIGINT', on);
    process.once('SIGTERM', on);
    if (watchParent) {
      timer = setInterval(() => {
        if (process.ppid !== parent) on('parent exited');
      }, 500);
      timer.unref();
    }
  });
}

async function run(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, host: { type: 'string' } },
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535))
    throw invalid(
      '--port',
      `must be a port number from 0 to 65535, got '${values.port}'`,
      'invalid_input',
    );
  // The parent as it was at start: read after start-up, a shell that was signalled meanwhile
  // has already gone and its replacement would be watched forever.
  const parent = process.ppid;
  const config = loadConfig(io.env);
  const service = await startService(config, {
    ...(port !== undefined ? { port } : {}),
    ...(values.host ? { host: values.host } : {}),
  });
  io.out(`MixPilot is running at ${service.url}/  (API reference: ${service.url}/docs)`);
  if (service.mode === 'local') {
    io.out(
      'Local mode: no authentication configured, listening on loopback only; requests without a key act on the demo workspace.',
    );
  }
  // Only under npm: a server started in the background by a script that then exits is
  // reparented the same way, and must keep running.
  await untilStopped(config.npm_lifecycle_event !== undefined, parent);
  await service.stop();
  return 0;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the HTTP API and the web chat widget (and Slack when configured)',
  usage: USAGE,
  run,
};
