import { resolveChannels } from '../data/channel-resolver';
import type { FieldIssue } from '../errors';
import { isMixPilotError, MixPilotError } from '../errors';

/** Resolves a channel as the user wrote it; `field` names the argument in error messages. */
export type ChannelLookup = (name: string, field: string) => string[];

/**
 * A lookup over the model's channels through the shared resolver (exact, case, alias, group,
 * misspelling). Unknown names throw MixPilotError naming the field and the closest channels.
 */
export function channelLookup(
  channels: string[],
  groups: Record<string, string[]> = {},
): ChannelLookup {
  return (name, field) => {
    try {
      return resolveChannels(name, channels, groups);
    } catch (error) {
      if (!isMixPilotError(error)) throw error;
      const issues: FieldIssue[] = [{ field, reason: error.message }];
      throw new MixPilotError(error.code, `${field}: ${error.message}`, { issues, cause: error });
    }
  };
}

/** Resolves several names to distinct channels, in the order first met. */
export function lookupAll(lookup: ChannelLookup, names: string[], field: string): string[] {
  const out: string[] = [];
  names.forEach((name, i) => {
    for (const c of lookup(name, names.length > 1 ? `${field}[${i}]` : field)) {
      if (!out.includes(c)) out.push(c);
    }
  });
  return out;
}
