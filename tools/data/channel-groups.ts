/** Default channel groups ("social", "digital", "offline") derived from channel names. */
import { CHANNEL_KINDS } from './channel-kinds';
import { channelKinds } from './channel-names';

/**
 * Groups every channel into the default groups its kind belongs to, in channel order:
 * `['tv_S', 'facebook_S', 'search_S']` → `{ social: ['facebook_S'], digital: ['facebook_S',
 * 'search_S'], offline: ['tv_S'] }`. Empty groups are left out; unknown channels join none.
 */
export function defaultChannelGroups(channels: string[]): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const channel of channels) {
    const names = new Set<string>();
    for (const kind of channelKinds(channel)) {
      for (const group of CHANNEL_KINDS[kind]?.groups ?? []) names.add(group);
    }
    for (const group of names) groups[group] = [...(groups[group] ?? []), channel];
  }
  return groups;
}
