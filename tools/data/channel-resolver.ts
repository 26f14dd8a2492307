/**
 * Resolving a channel as a person writes it ("Facebook", "fb", "paid search", "social",
 * "televison") to the dataset's channel columns.
 */
import { MixPilotError } from '../errors';
import { defaultChannelGroups } from './channel-groups';
import { allPhrases, CHANNEL_KINDS, GROUP_SYNONYMS, kindsOfPhrase } from './channel-kinds';
import { channelKinds, channelLabel, channelStem, compact, words } from './channel-names';
import { editDistance, typoBudget } from './edit-distance';

const FILLER = new Set([
  'the',
  'our',
  'my',
  'all',
  'channel',
  'channels',
  'spend',
  'spending',
  'budget',
  'ads',
  'ad',
  'advertising',
  'campaign',
  'campaigns',
  'media',
  'paid',
  'marketing',
]);
const EVERYTHING = new Set(['all', 'allchannels', 'allmedia', 'everything', 'allspend', 'total']);
const SEPARATOR = /\s*(?:,|;|&|\+|\/|\band\b|\bplus\b)\s*/i;

interface Candidate {
  key: string;
  channels: string[];
}

function unknown(name: string, channels: string[], detail?: string): MixPilotError {
  const closest = closestChannels(name, channels);
  const lead = detail ? `Unknown channel '${name}': ${detail}.` : `Unknown channel '${name}'.`;
  const message = closest.length > 0 ? `${lead} Closest: ${closest.join(', ')}` : lead;
  return new MixPilotError('unprocessable', message, {
    issues: [{ field: 'channel', reason: message }],
  });
}

/** Up to three channel columns nearest in spelling to a name, nearest first. */
export function closestChannels(name: string, channels: string[], limit = 3): string[] {
  const key = compact(name);
  const scored = channels.map((channel, index) => {
    const keys = [compact(channel), channelStem(channel), ...kindPhrases(channel)];
    const distance = Math.min(...keys.map((k) => editDistance(key, k)));
    return { channel, index, distance };
  });
  scored.sort((a, b) => a.distance - b.distance || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.channel);
}

function kindPhrases(channel: string): string[] {
  return channelKinds(channel).flatMap((k) => CHANNEL_KINDS[k]?.phrases ?? []);
}

function groupMembers(
  key: string,
  channels: string[],
  groups: Record<string, string[]>,
): string[] | undefined {
  const merged: Record<string, string[]> = {};
  for (const [name, members] of Object.entries(defaultChannelGroups(channels))) {
    merged[compact(name)] = members;
  }
  for (const [name, members] of Object.entries(groups)) merged[compact(name)] = members;
  const direct = merged[key];
  if (direct) return direct;
  const synonym = GROUP_SYNONYMS[key];
  if (synonym) return merged[synonym] ?? [];
  return undefined;
}

function byKinds(kinds: string[], channels: string[]): string[] {
  const wanted = new Set(kinds);
  return channels.filter((c) => channelKinds(c).some((k) => wanted.has(k)));
}

function inOrder(found: Iterable<string>, channels: string[]): string[] {
  const set = new Set(found);
  return channels.filter((c) => set.has(c));
}

function spellingCandidates(channels: string[], groups: Record<string, string[]>): Candidate[] {
  const out: Candidate[] = [];
  for (const channel of channels) {
    out.push({ key: compact(channel), channels: [channel] });
    out.push({ key: channelStem(channel), channels: [channel] });
  }
  for (const phrase of allPhrases()) {
    const found = byKinds(kindsOfPhrase(phrase), channels);
    if (found.length > 0) out.push({ key: phrase, channels: found });
  }
  const groupKeys = new Set([...Object.keys(GROUP_SYNONYMS), ...Object.keys(groups).map(compact)]);
  for (const key of groupKeys) {
    const members = groupMembers(key, channels, groups);
    if (members && members.length > 0) out.push({ key, channels: members });
  }
  return out;
}

function bySpelling(
  name: string,
  key: string,
  channels: string[],
  groups: Record<string, string[]>,
): string[] | undefined {
  const budget = typoBudget(key.length);
  if (budget === 0) return undefined;
  let best = budget + 1;
  let matches: Candidate[] = [];
  for (const candidate of spellingCandidates(channels, groups)) {
    // Typos rarely hit the first letter; without this "gartner" would be display (via "banner").
    if (candidate.key[0] !== key[0]) continue;
    const d = editDistance(key, candidate.key);
    if (d < best) {
      best = d;
      matches = [candidate];
    } else if (d === best) {
      matches.push(candidate);
    }
  }
  if (matches.length === 0) return undefined;
  const sets = new Set(matches.map((m) => m.channels.join('\u0000')));
  if (sets.size > 1) {
    const options = [...new Set(matches.map((m) => m.channels.join(' + ')))].join(', ');
    throw unknown(name, channels, `it could mean ${options}; say which`);
  }
  return matches[0]?.channels;
}

function resolveOne(name: string, channels: string[], groups: Record<string, string[]>): string[] {
  if (channels.includes(name)) return [name];
  const lower = name.trim().toLowerCase();
  const caseless = channels.filter((c) => c.toLowerCase() === lower);
  if (caseless.length > 0) return caseless;
  const full = compact(name);
  if (full.length === 0) throw unknown(name, channels, 'a channel name is empty');
  const exactCompact = channels.filter((c) => compact(c) === full);
  if (exactCompact.length > 0) return exactCompact;
  const stripped = words(name)
    .filter((w) => !FILLER.has(w))
    .join('');
  const keys = [...new Set([full, channelStem(name), stripped].filter((k) => k.length > 0))];
  for (const key of keys) {
    const stems = channels.filter((c) => channelStem(c) === key);
    if (stems.length > 0) return stems;
  }
  if (SEPARATOR.test(name)) {
    const parts = name.split(SEPARATOR).filter((p) => p.trim().length > 0);
    if (parts.length > 1) {
      return inOrder(
        parts.flatMap((p) => resolveOne(p, channels, groups)),
        channels,
      );
    }
  }
  for (const key of keys) {
    const members = groupMembers(key, channels, groups);
    if (members === undefined) continue;
    if (members.length === 0) throw unknown(name, channels, `this dataset has no ${key} channels`);
    return inOrder(members, channels);
  }
  if (EVERYTHING.has(full) || (stripped.length === 0 && words(name).includes('all'))) {
    return [...channels];
  }
  for (const key of keys) {
    const kinds = kindsOfPhrase(key);
    if (kinds.length === 0) continue;
    const found = byKinds(kinds, channels);
    if (found.length > 0) return found;
    const label = CHANNEL_KINDS[kinds[0] ?? '']?.label ?? key;
    throw unknown(name, channels, `this dataset has no ${label} channel`);
  }
  const spelled = bySpelling(name, stripped || full, channels, groups);
  if (spelled) return spelled;
  throw unknown(name, channels);
}

/**
 * Resolves a channel name as a user writes it to one or more of the dataset's channel columns, in
 * dataset order. Tried in turn: the exact column, case-insensitive, the column's stem (`tv` for
 * `tv_S`, `spend_tv`, `TV_cost`), a list ("tv and radio"), a group (`groups`, else the default
 * social/digital/offline groups), "all", an alias ("fb", "paid search", "billboards") and an
 * unambiguous misspelling ("facbook"). Throws MixPilotError 'unprocessable' listing the closest
 * channels when nothing matches.
 */
export function resolveChannels(
  name: string,
  channels: string[],
  groups: Record<string, string[]> = {},
): string[] {
  if (channels.length === 0) throw unknown(name, channels, 'the dataset has no channels');
  return resolveOne(name, channels, groups);
}

/** Readable labels for a list of channel columns, for messages ("TV, Facebook and Search"). */
export function describeChannels(channels: string[]): string {
  const labels = channels.map(channelLabel);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
