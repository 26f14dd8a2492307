import { describe, expect, it } from 'vitest';
import { isMixPilotError, type MixPilotError } from '../errors';
import { defaultChannelGroups } from './channel-groups';
import { channelLabel, channelStem } from './channel-names';
import { closestChannels, describeChannels, resolveChannels } from './channel-resolver';

const robyn = ['tv_S', 'ooh_S', 'print_S', 'facebook_S', 'search_S'];
const wide = [
  'tv_spend',
  'radio_spend',
  'facebook_spend',
  'instagram_spend',
  'tiktok_spend',
  'paid_search_cost',
  'display_spend',
  'youtube_spend',
  'email_cost',
  'affiliate_investment',
  'ooh_spend',
  'print_spend',
];

function errorOf(fn: () => unknown): MixPilotError {
  try {
    fn();
  } catch (error) {
    if (isMixPilotError(error)) return error;
    throw error;
  }
  throw new Error('expected a MixPilotError');
}

describe('resolveChannels', () => {
  it.each([
    ['tv_S', ['tv_S']],
    ['TV_S', ['tv_S']],
    ['tv', ['tv_S']],
    ['TV', ['tv_S']],
    ['tv spend', ['tv_S']],
    ['Facebook', ['facebook_S']],
    ['fb', ['facebook_S']],
    ['meta', ['facebook_S']],
    ['television', ['tv_S']],
    ['TV ads', ['tv_S']],
    ['sem', ['search_S']],
    ['paid search', ['search_S']],
    ['Google Ads', ['search_S']],
    ['adwords', ['search_S']],
    ['out of home', ['ooh_S']],
    ['billboards', ['ooh_S']],
    ['newspaper', ['print_S']],
    ['magazines', ['print_S']],
    ['social', ['facebook_S']],
    ['social media', ['facebook_S']],
    ['digital', ['facebook_S', 'search_S']],
    ['online', ['facebook_S', 'search_S']],
    ['offline', ['tv_S', 'ooh_S', 'print_S']],
    ['traditional', ['tv_S', 'ooh_S', 'print_S']],
    ['facbook', ['facebook_S']],
    ['serch', ['search_S']],
    ['televison', ['tv_S']],
    ['tv and print', ['tv_S', 'print_S']],
    ['search, tv', ['tv_S', 'search_S']],
    ['all channels', robyn],
  ])('resolves %s in the Robyn channels', (name, expected) => {
    expect(resolveChannels(name, robyn)).toEqual(expected);
  });

  it('answers to the stem of every spend-column spelling', () => {
    for (const column of ['tv_spend', 'tv_S', 'spend_tv', 'TV_cost', 'tvSpend', 'tv_costs']) {
      expect(resolveChannels('tv', [column, 'radio_spend'])).toEqual([column]);
    }
  });

  it.each([
    ['instagram', ['instagram_spend']],
    ['IG', ['instagram_spend']],
    ['meta', ['facebook_spend', 'instagram_spend']],
    ['tiktok', ['tiktok_spend']],
    ['TikTok', ['tiktok_spend']],
    ['social', ['facebook_spend', 'instagram_spend', 'tiktok_spend']],
    ['paid social', ['facebook_spend', 'instagram_spend', 'tiktok_spend']],
    ['search', ['paid_search_cost']],
    ['banner', ['display_spend']],
    ['programmatic', ['display_spend']],
    ['video', ['youtube_spend']],
    ['YouTube', ['youtube_spend']],
    ['newsletter', ['email_cost']],
    ['email', ['email_cost']],
    ['affiliates', ['affiliate_investment']],
    ['audio', ['radio_spend']],
    ['radoi', ['radio_spend']],
    ['tik tok', ['tiktok_spend']],
    ['tiktak', ['tiktok_spend']],
  ])('resolves %s among twelve channels', (name, expected) => {
    expect(resolveChannels(name, wide)).toEqual(expected);
  });

  it('lets dataset groups override and extend the default groups', () => {
    const groups = { social: ['facebook_spend'], brand: ['tv_spend', 'youtube_spend'] };
    expect(resolveChannels('social', wide, groups)).toEqual(['facebook_spend']);
    expect(resolveChannels('Brand', wide, groups)).toEqual(['tv_spend', 'youtube_spend']);
    expect(resolveChannels('brnad', wide, groups)).toEqual(['tv_spend', 'youtube_spend']);
  });

  it('resolves generic channel columns by their number', () => {
    const meridian = ['Channel0_spend', 'Channel1_spend', 'Channel2_spend'];
    expect(resolveChannels('channel 1', meridian)).toEqual(['Channel1_spend']);
    expect(resolveChannels('Channel2', meridian)).toEqual(['Channel2_spend']);
    expect(resolveChannels('x1', ['x1', 'x2'])).toEqual(['x1']);
  });

  it('lists the closest channels for an unknown name', () => {
    const error = errorOf(() => resolveChannels('tiktak', ['tv', 'radio', 'print']));
    expect(error.code).toBe('unprocessable');
    expect(error.message).toBe("Unknown channel 'tiktak'. Closest: tv, print, radio");
    expect(error.issues[0]?.field).toBe('channel');
  });

  it("names the closest channels in the message: Unknown channel 'zzz'. Closest: ...", () => {
    const error = errorOf(() => resolveChannels('tokyo', ['tiktok', 'tv', 'radio']));
    expect(error.message).toBe("Unknown channel 'tokyo'. Closest: tiktok, tv, radio");
  });

  it('says when an alias names a channel the dataset does not have', () => {
    const error = errorOf(() => resolveChannels('tiktok', robyn));
    expect(error.message).toMatch(
      /^Unknown channel 'tiktok': this dataset has no TikTok channel\./,
    );
    const radio = errorOf(() => resolveChannels('radio', robyn));
    expect(radio.message).toContain('no Radio channel');
  });

  it('does not read podcasts as the radio channel, but reads audio as either', () => {
    const error = errorOf(() => resolveChannels('podcast', ['tv_spend', 'radio_spend']));
    expect(error.message).toMatch(
      /^Unknown channel 'podcast': this dataset has no Podcast channel\./,
    );
    expect(resolveChannels('audio', ['tv_spend', 'radio_spend'])).toEqual(['radio_spend']);
    expect(resolveChannels('podcasts', ['radio_spend', 'podcast_spend'])).toEqual([
      'podcast_spend',
    ]);
    expect(resolveChannels('audio', ['radio_spend', 'podcast_spend'])).toEqual([
      'radio_spend',
      'podcast_spend',
    ]);
  });

  it('does not read a word with another first letter as a misspelt channel', () => {
    // "garner" and "gartner" are one and two edits from "banner", a display alias.
    for (const word of ['garner', 'gartner']) {
      expect(errorOf(() => resolveChannels(word, ['display_spend', 'tv_spend'])).message).toContain(
        'Unknown channel',
      );
    }
  });

  it('refuses an ambiguous misspelling and names the options', () => {
    const error = errorOf(() => resolveChannels('tv3', ['tv1', 'tv2']));
    expect(error.message).toContain('Unknown channel');
    const ambiguous = errorOf(() => resolveChannels('brand_b', ['brand_a', 'brand_c']));
    expect(ambiguous.message).toContain('could mean brand_a, brand_c');
  });

  it('rejects an empty name', () => {
    expect(errorOf(() => resolveChannels('  ', robyn)).message).toContain('empty');
  });

  it('says which group is empty', () => {
    const error = errorOf(() => resolveChannels('social', ['tv_S', 'radio_S']));
    expect(error.message).toContain('no social channels');
  });
});

describe('channel names', () => {
  it.each([
    ['tv_spend', 'TV'],
    ['facebook_S', 'Facebook'],
    ['Channel0_spend', 'Channel 0'],
    ['paid_search_cost', 'Paid Search'],
    ['spend_tiktok', 'TikTok'],
    ['ooh_S', 'OOH'],
    ['youtube_spend', 'YouTube'],
    ['x1', 'X1'],
    ['fb_spend', 'Facebook'],
    ['tvSpend', 'TV'],
  ])('labels %s as %s', (column, label) => {
    expect(channelLabel(column)).toBe(label);
  });

  it('strips spend markers to the stem', () => {
    expect(channelStem('TV_cost')).toBe('tv');
    expect(channelStem('spend_tv')).toBe('tv');
    expect(channelStem('tv_spend_usd')).toBe('tv');
    expect(channelStem('affiliate_investment')).toBe('affiliate');
  });

  it('derives social, digital, offline and broadcast groups from names', () => {
    expect(defaultChannelGroups(robyn)).toEqual({
      offline: ['tv_S', 'ooh_S', 'print_S'],
      broadcast: ['tv_S'],
      social: ['facebook_S'],
      digital: ['facebook_S', 'search_S'],
    });
    expect(defaultChannelGroups(['tv_spend', 'radio_spend', 'search_spend']).broadcast).toEqual([
      'tv_spend',
      'radio_spend',
    ]);
    expect(defaultChannelGroups(['Channel0_spend', 'x1'])).toEqual({});
  });

  it('orders the closest channels by spelling distance', () => {
    expect(closestChannels('serch', robyn)[0]).toBe('search_S');
    expect(describeChannels(['tv_S', 'facebook_S', 'search_S'])).toBe('TV, Facebook and Search');
  });
});
