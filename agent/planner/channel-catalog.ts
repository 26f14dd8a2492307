import {
  channelKinds,
  channelLabel,
  channelStem,
  isMixPilotError,
  resolveChannels,
} from '../../tools';
import type { PlannerDataset } from './planner-types';
import { closeEnough } from './spelling';

/** Generic channel kinds, used to spot channel mentions when no dataset is known. */
const GENERIC_CHANNELS = [
  'tv',
  'ctv',
  'radio',
  'podcast',
  'ooh',
  'print',
  'direct_mail',
  'cinema',
  'search',
  'shopping',
  'display',
  'video',
  'email',
  'affiliate',
  'influencer',
  'facebook',
  'instagram',
  'tiktok',
  'snapchat',
  'twitter',
  'linkedin',
  'pinterest',
  'reddit',
];

/** Short words that name a channel; other words of four letters or fewer must be a channel's stem. */
const SHORT_ALIASES = new Set(
  'tv ctv ott fb ig yt sem ppc ooh dooh olv gdn pla crm sms seo snap meta mail bing tvc cpc sea disp'.split(
    ' ',
  ),
);

function plausible(phrase: string, names: string[], groups: Record<string, string[]>): boolean {
  const key = phrase.replace(/[^a-z0-9]/g, '');
  if (key.length > 4 || phrase.includes(' ')) return true;
  if (SHORT_ALIASES.has(key) || key in groups) return true;
  return names.some((n) => channelStem(n) === key || n.toLowerCase() === key);
}

/**
 * True unless a single word reached its channels only through a loose spelling match ("poem" →
 * search, "radar" → radio): the word must be a name, alias or group, or a near miss of the
 * channel's own name (one edit); longer words (seven letters or more) keep the tools' match.
 */
function trusted(
  phrase: string,
  found: string[],
  groups: Record<string, string[]>,
  labelOf: (c: string) => string | undefined,
): boolean {
  const key = phrase.replace(/[^a-z0-9]/g, '');
  if (phrase.includes(' ') || key.length >= 7 || SHORT_ALIASES.has(key) || key in groups)
    return true;
  if (channelKinds(key).length > 0) return true;
  if (found.length !== 1) return true;
  const c = found[0] as string;
  const names = [channelStem(c), c.toLowerCase(), (labelOf(c) ?? channelLabel(c)).toLowerCase()];
  if (names.some((n) => n.replace(/[^a-z0-9]/g, '') === key)) return true;
  return names.some((n) => closeEnough(key, n.replace(/[^a-z0-9]/g, '')));
}

/**
 * True when a phrase names a kind of media in its own right ("tiktok", "podcasts") or is a near
 * miss of the kind it resolved to ("tiktk"); a word the resolver only stretched to a kind
 * ("switch" → search, "nvidia" → video) is not a channel mention.
 */
function namesKind(phrase: string, generic: string[]): boolean {
  if (channelKinds(phrase).length > 0) return true;
  const key = phrase.replace(/[^a-z0-9]/g, '');
  return generic.some((g) => closeEnough(key, g.replace(/[^a-z0-9]/g, '')));
}

/** A resolved mention: the argument to pass to a tool and the dataset channels it covers. */
export interface ChannelMatch {
  /** What goes into tool arguments: a dataset column, a group name, or the words as said. */
  ref: string;
  /** Dataset channels the mention covers; empty when no dataset is known. */
  names: string[];
  /** Set when the words name a kind of media the dataset does not have. */
  missing?: string;
}

/** The dataset's channels and groups, and how words are matched to them. */
export interface ChannelCatalog {
  known: boolean;
  channels: string[];
  /** Readable label of a channel or group reference. */
  label(ref: string): string;
  /** True when a word is exactly a channel's stem, column or label (no spelling tolerance). */
  exact(word: string): boolean;
  /** True when a word is a near miss of a channel's stem or label ("dispaly", "serach"). */
  near(word: string): boolean;
  /** Resolves a phrase to channels, or null when the phrase names no channel at all. */
  match(phrase: string): ChannelMatch | null;
}

function tryResolve(
  phrase: string,
  channels: string[],
  groups: Record<string, string[]>,
): string[] | string {
  try {
    return resolveChannels(phrase, channels, groups);
  } catch (error) {
    if (isMixPilotError(error)) return error.message;
    throw error;
  }
}

/** Builds the catalog from what the planner was told about the dataset (or nothing). */
export function createChannelCatalog(dataset: PlannerDataset | undefined): ChannelCatalog {
  const channels = dataset?.channels.map((c) => c.name) ?? [];
  const groups = dataset?.groups ?? {};
  const labels = new Map<string, string>();
  for (const c of dataset?.channels ?? []) labels.set(c.name, c.label ?? channelLabel(c.name));
  const known = channels.length > 0;
  const cache = new Map<string, ChannelMatch | null>();
  const match = (phrase: string): ChannelMatch | null => {
    const hit = cache.get(phrase);
    if (hit !== undefined) return hit;
    let generic = tryResolve(phrase, GENERIC_CHANNELS, {});
    if (typeof generic !== 'string' && !plausible(phrase, generic, {})) generic = 'not a channel';
    let result: ChannelMatch | null = null;
    if (!known) {
      result = typeof generic === 'string' ? null : { ref: phrase, names: [] };
    } else {
      const found = tryResolve(phrase, channels, groups);
      const typo =
        typeof found !== 'string' && !trusted(phrase, found, groups, (c) => labels.get(c));
      if (typeof found !== 'string' && !plausible(phrase, found, groups)) {
        result = null;
      } else if (typo) {
        result =
          typeof generic !== 'string' &&
          channelKinds(phrase).length === 0 &&
          namesKind(phrase, generic)
            ? { ref: phrase, names: [], missing: `There is no ${phrase} channel in this data` }
            : null;
      } else if (typeof found !== 'string') {
        result = { ref: found.length === 1 && found[0] ? found[0] : phrase, names: found };
      } else if (
        (typeof generic !== 'string' && namesKind(phrase, generic)) ||
        (/could mean/.test(found) &&
          (typeof generic !== 'string' ||
            channels.some((c) => closeEnough(phrase.replace(/[^a-z0-9]/g, ''), channelStem(c)))))
      ) {
        result = { ref: phrase, names: [], missing: found };
      }
    }
    cache.set(phrase, result);
    return result;
  };
  const label = (ref: string): string => {
    const own = labels.get(ref);
    if (own) return own;
    if (channels.includes(ref)) return channelLabel(ref);
    return ref.length <= 3 ? ref.toUpperCase() : ref.charAt(0).toUpperCase() + ref.slice(1);
  };
  const exactNames = new Set<string>(GENERIC_CHANNELS);
  for (const c of channels) {
    exactNames.add(c.toLowerCase());
    exactNames.add(channelStem(c));
    exactNames.add(label(c).toLowerCase());
  }
  for (const g of Object.keys(groups)) exactNames.add(g.toLowerCase());
  const exact = (word: string) => exactNames.has(word);
  const stems = channels.flatMap((c) => [channelStem(c), label(c).toLowerCase()]);
  const near = (word: string) => stems.some((s) => closeEnough(word, s.replace(/[^a-z0-9]/g, '')));
  return { known, channels, label, match, exact, near };
}
