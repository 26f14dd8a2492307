/**
 * The channel vocabulary: what a marketer calls a channel, which kind of media it is, and which
 * default group it belongs to. Phrases are compact keys (lower case, letters and digits only).
 */
export interface ChannelKind {
  /** Readable label, e.g. "TV", "Facebook". */
  label: string;
  /** Compact phrases that name this kind: `paidsearch`, `googleads`, `fb`. */
  phrases: string[];
  /** Default groups this kind belongs to. */
  groups: string[];
}

const SOCIAL = ['social', 'digital'];
const DIGITAL = ['digital'];
const OFFLINE = ['offline'];
/** TV and radio: "broadcast" names both, not TV alone. */
const BROADCAST = ['offline', 'broadcast'];

/** Kinds keyed by a canonical id. Order matters only for labels. */
export const CHANNEL_KINDS: Record<string, ChannelKind> = {
  tv: {
    label: 'TV',
    phrases: ['tv', 'television', 'telly', 'linear', 'lineartv', 'cable', 'tvc'],
    groups: BROADCAST,
  },
  ctv: {
    label: 'CTV',
    phrases: ['ctv', 'connectedtv', 'ott', 'streamingtv'],
    groups: DIGITAL,
  },
  radio: { label: 'Radio', phrases: ['radio', 'audio'], groups: BROADCAST },
  // Narrower than audio: a dataset's radio channel is not its podcasts, so "podcast" names no
  // channel there ("audio" names either).
  podcast: {
    label: 'Podcast',
    phrases: ['podcast', 'podcasts', 'spotify', 'audio'],
    groups: DIGITAL,
  },
  ooh: {
    label: 'OOH',
    phrases: ['ooh', 'outofhome', 'outdoor', 'billboard', 'billboards', 'dooh', 'transit'],
    groups: OFFLINE,
  },
  print: {
    label: 'Print',
    phrases: ['print', 'newspaper', 'newspapers', 'magazine', 'magazines', 'press'],
    groups: OFFLINE,
  },
  directmail: {
    label: 'Direct Mail',
    phrases: ['directmail', 'mail', 'mailing', 'mailings', 'catalog', 'catalogue'],
    groups: OFFLINE,
  },
  cinema: { label: 'Cinema', phrases: ['cinema', 'movie', 'movies'], groups: OFFLINE },
  search: {
    label: 'Search',
    phrases: [
      'search',
      'sem',
      'paidsearch',
      'googleads',
      'adwords',
      'googleadwords',
      'ppc',
      'bing',
      'google',
      'googlesearch',
      'sea',
    ],
    groups: DIGITAL,
  },
  shopping: { label: 'Shopping', phrases: ['shopping', 'googleshopping', 'pla'], groups: DIGITAL },
  display: {
    label: 'Display',
    phrases: ['display', 'disp', 'banner', 'banners', 'programmatic', 'gdn', 'dv360', 'native'],
    groups: DIGITAL,
  },
  video: {
    label: 'Video',
    phrases: ['video', 'youtube', 'yt', 'olv', 'onlinevideo'],
    groups: DIGITAL,
  },
  email: {
    label: 'Email',
    phrases: ['email', 'emails', 'newsletter', 'newsletters', 'crm', 'emailmarketing'],
    groups: DIGITAL,
  },
  affiliate: {
    label: 'Affiliate',
    phrases: ['affiliate', 'affiliates', 'partners', 'partnership', 'partnerships'],
    groups: DIGITAL,
  },
  influencer: {
    label: 'Influencer',
    phrases: ['influencer', 'influencers'],
    groups: SOCIAL,
  },
  facebook: { label: 'Facebook', phrases: ['facebook', 'fb', 'meta'], groups: SOCIAL },
  instagram: { label: 'Instagram', phrases: ['instagram', 'ig', 'insta', 'meta'], groups: SOCIAL },
  tiktok: { label: 'TikTok', phrases: ['tiktok'], groups: SOCIAL },
  snapchat: { label: 'Snapchat', phrases: ['snapchat', 'snap'], groups: SOCIAL },
  twitter: { label: 'Twitter', phrases: ['twitter'], groups: SOCIAL },
  linkedin: { label: 'LinkedIn', phrases: ['linkedin'], groups: SOCIAL },
  pinterest: { label: 'Pinterest', phrases: ['pinterest'], groups: SOCIAL },
  reddit: { label: 'Reddit', phrases: ['reddit'], groups: SOCIAL },
  social: {
    label: 'Social',
    phrases: ['social', 'socialmedia', 'paidsocial'],
    groups: SOCIAL,
  },
};

/** Names of the default groups, and the other words people use for them. */
export const GROUP_SYNONYMS: Record<string, string> = {
  social: 'social',
  socialmedia: 'social',
  paidsocial: 'social',
  digital: 'digital',
  online: 'digital',
  offline: 'offline',
  traditional: 'offline',
  atl: 'offline',
  abovetheline: 'offline',
  broadcast: 'broadcast',
};

/** Readable spellings of words that are not simply capitalised. */
export const WORD_LABELS: Record<string, string> = {
  tv: 'TV',
  ctv: 'CTV',
  ooh: 'OOH',
  dooh: 'DOOH',
  sem: 'SEM',
  seo: 'SEO',
  ppc: 'PPC',
  olv: 'OLV',
  ott: 'OTT',
  crm: 'CRM',
  sms: 'SMS',
  gdn: 'GDN',
  dv360: 'DV360',
  fb: 'Facebook',
  ig: 'Instagram',
  yt: 'YouTube',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
};

const byPhrase = new Map<string, string[]>();
for (const [id, kind] of Object.entries(CHANNEL_KINDS)) {
  for (const phrase of kind.phrases) byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), id]);
}

/** Kind ids a compact phrase names (`meta` names both Facebook and Instagram). */
export function kindsOfPhrase(phrase: string): string[] {
  return byPhrase.get(phrase) ?? [];
}

/** Every known compact phrase, for spelling correction. */
export function allPhrases(): string[] {
  return [...byPhrase.keys()];
}
