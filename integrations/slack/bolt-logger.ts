import { type Logger, LogLevel } from '@slack/bolt';
import type { SlackLogger } from './slack-deps';

/** Bolt's logger interface on top of the injected MixPilot logger. */
export function toBoltLogger(logger: SlackLogger): Logger {
  let level = LogLevel.INFO;
  const line = (parts: unknown[]) =>
    parts
      .map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p)))
      .join(' ');
  return {
    debug: (...msg: unknown[]) => logger.debug(`bolt: ${line(msg)}`),
    info: (...msg: unknown[]) => logger.info(`bolt: ${line(msg)}`),
    warn: (...msg: unknown[]) => logger.warn(`bolt: ${line(msg)}`),
    error: (...msg: unknown[]) => logger.error(`bolt: ${line(msg)}`),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
