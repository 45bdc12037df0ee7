import type { BundleInput } from '../engine/bundle/bundle.schema';
import {
  CLAIM_KINDS,
  EVENT_SUBTYPES,
  type EventType,
  type OrganizationType,
  type ParticipantRole,
  type PlaceType,
} from '../model/vocabulary';

// A deterministic synthetic corpus of article bundles for benchmarking ingestion and reads at newsroom
// scale. Pure: the same options give byte-identical bundles. Bundles are yielded one article at a time;
// the only state kept is compact per-entity metadata in typed columns (names and ids are derived from
// it on demand), so a million entities never sit in memory as bundles or as strings.
//
// Names are built so that entity resolution (nameKeys within a kind) is predictable: every entity owns
// a unique pronounceable "word" (consonant-vowel syllables, never two consonants or two vowels in a
// row), and every alias is an injective variant of it (a doubled consonant, "u" → "oo", an acronym
// with two adjacent consonants, a fixed pattern around the word). So a new entity never matches an
// existing one by name, and a re-declaration by canonical name matches exactly one.

// ---------------------------------------------------------------------------------------------------
// Types of the bundle sections (the zod input types: defaults optional, so plain objects fit).

type ListKey = 'entities' | 'events' | 'positions' | 'claims' | 'relationships' | 'participations' | 'figures';
type Section<K extends ListKey> = NonNullable<BundleInput[K]>[number];
type CorpusBundle = BundleInput;
type EntityIn = Section<'entities'>;
type EventIn = Section<'events'>;
type ClaimIn = Section<'claims'>;
type RelIn = Section<'relationships'>;
type FigureIn = Section<'figures'>;
type Source = EntityIn['source'];
type Participant = NonNullable<EventIn['participants']>[number];
type Stance = ClaimIn['stances'][number];
type InnerFigure = NonNullable<EventIn['figures']>[number];

export type Kind = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'EVENT';
const KINDS: readonly Kind[] = ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT'];

// ---------------------------------------------------------------------------------------------------
// Seeded randomness.

/** mulberry32: a tiny 32-bit PRNG, good enough for synthetic data and identical on every platform. */

const HEADLINE_VERBS = ['tensions rise in', 'questions mount in', 'officials react in', 'fresh details emerge in'];
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** lo..hi inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** An index in 0..n-1 with P(i) ~ 1/(i+1.5): a Zipf-like law, so the first items become hubs. */
  zipf(n: number): number {
    return Math.min(n - 1, Math.floor(Math.exp(this.next() * Math.log(n + 1))) - 1);
  }
  /** An item of a list picked with the Zipf law (early items much more often). */
  zipfPick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[this.zipf(list.length)]!;
  }
  /** An index picked by weight. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
}

// ---------------------------------------------------------------------------------------------------
// Words: the unique part of every name.

// No "h" ("haji" is an honorific that nameKeys strips) and no "q" (a phonetic key reads it as "k").
const CONSONANTS = 'bcdfgjklmnprstvz';
const VOWELS = 'aeiou';
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));

/** Word n (n ≥ 0): bijective base-80 over CV syllables, at least two syllables, capitalised. */
function wordOf(n: number): string {
  let k = n + SYLLABLES.length + 1; // skip the one-syllable words
  let s = '';
  while (k > 0) {
    k -= 1;
    s = SYLLABLES[k % SYLLABLES.length]! + s;
    k = Math.floor(k / SYLLABLES.length);
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The n-th word handed out, scrambled: an affine bijection within each block of equal-length words
 * (a golden-ratio stride, offset by the seed) so that consecutive entities get unrelated names, and
 * different seeds different names, while every word is still handed out at most once.
 */
function scrambledWord(n: number, salt: number): number {
  let start = 0;
  let size = SYLLABLES.length ** 2;
  while (n >= start + size) {
    start += size;
    size *= SYLLABLES.length;
  }
  let a = Math.floor(size * 0.6180339887) | 1;
  while (a % 5 === 0) a += 2; // coprime with 80^k (odd, not a multiple of 5): a bijection
  const m = n - start;
  // (a·m + salt) mod size without losing precision: a·m can pass 2^53 for long words.
  return start + Number((BigInt(a) * BigInt(m) + BigInt(salt % size)) % BigInt(size));
}

/** A one-edit misspelling: the second syllable's consonant doubled ("Kitabi" → "Kittabi"). */
function misspelled(word: string): string {
  return word.slice(0, 3) + word.slice(2);
}

/** A transliteration variant, "u" written "oo" ("Yaqub" → "Yaqoob"); null when the word has no "u". */
function ooVariant(word: string): string | null {
  return word.includes('u') ? word.replace(/u/g, 'oo') : null;
}

/** The first two consonants of a word, upper-case: always adjacent in an acronym, unlike in any word. */
function initials(word: string): string {
  return (word.charAt(0) + word.charAt(2)).toUpperCase();
}

/** An id slug: the normalised name with hyphens ("Tehreek-e-Kabo" → "tehreek-e-kabo"). */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// ---------------------------------------------------------------------------------------------------
// Dates. A packed date is yyyymmdd with mm = 0 for a year and dd = 0 for a month: the form is the precision.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2026, 5, 30) / DAY_MS;

function packDay(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

function coarsen(packed: number, precision: 'DAY' | 'MONTH' | 'YEAR'): number {
  if (precision === 'YEAR') return Math.floor(packed / 10000) * 10000;
  if (precision === 'MONTH') return Math.floor(packed / 100) * 100;
  return packed;
}

function dateStr(packed: number): string {
  const y = Math.floor(packed / 10000);
  const m = Math.floor(packed / 100) % 100;
  const d = packed % 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  return m === 0 ? `${y}` : d === 0 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

/** "4 May 2023", "May 2023" or "2023". */
function dateWords(packed: number): string {
  const y = Math.floor(packed / 10000);
  const m = Math.floor(packed / 100) % 100;
  const d = packed % 100;
  if (m === 0) return `${y}`;
  return d === 0 ? `${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "on 4 May 2023", "in May 2023" or "in 2023". */
function onDate(packed: number): string {
  return `${packed % 100 ? 'on' : 'in'} ${dateWords(packed)}`;
}

/** The day number of a packed date's first day. */
function dayOf(packed: number): number {
  const y = Math.floor(packed / 10000);
  const m = Math.floor(packed / 100) % 100 || 1;
  const d = packed % 100 || 1;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

// ---------------------------------------------------------------------------------------------------
// Compact per-entity storage: one growable Int32Array per column.

class Table<C extends string> {
  private cols: Record<C, Int32Array>;
  length = 0;
  constructor(private readonly names: readonly C[]) {
    this.cols = Object.fromEntries(names.map((n) => [n, new Int32Array(1024)])) as Record<C, Int32Array>;
  }
  push(row: Record<C, number>): number {
    if (this.length === this.cols[this.names[0]!].length) this.grow();
    for (const n of this.names) this.cols[n][this.length] = row[n];
    return this.length++;
  }
  get(i: number, col: C): number {
    return this.cols[col][i]!;
  }
  inc(i: number, col: C, by = 1): void {
    this.cols[col][i]! += by;
  }
  private grow(): void {
    for (const n of this.names) {
      const bigger = new Int32Array(this.cols[n].length * 2);
      bigger.set(this.cols[n]);
      this.cols[n] = bigger;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Vocabulary of the synthetic world.

const PLACE_TYPE_LIST: readonly PlaceType[] = [
  'COUNTRY',
  'PROVINCE',
  'DISTRICT',
  'CITY',
  'REGION',
  'AREA',
  'BORDER',
  'BORDER_CROSSING',
];
const COUNTRY_SUFFIXES = ['stan', 'ria', 'nia', 'land', 'via', 'dor'];
const COUNTRY_STYLES = ['Republic of', 'Islamic Republic of', 'State of', 'Federal Republic of', 'Kingdom of'];

/** Every sub-type with its type, and the noun that names an event of it. Series are named differently. */
const SUBTYPE_NOUNS: Record<string, string> = {
  ARMED_CLASH: 'clash',
  GOVERNMENT_REGAINS_TERRITORY: 'recapture',
  NON_STATE_ACTOR_OVERTAKES_TERRITORY: 'takeover',
  BORDER_CLASH: 'border clash',
  AIR_DRONE_STRIKE: 'drone strike',
  SUICIDE_BOMB: 'suicide bombing',
  SHELLING_ARTILLERY_MISSILE_ATTACK: 'shelling',
  REMOTE_EXPLOSIVE_LANDMINE_IED: 'roadside bombing',
  GRENADE: 'grenade attack',
  ATTACK: 'attack on civilians',
  ABDUCTION_FORCED_DISAPPEARANCE: 'abductions',
  SEXUAL_VIOLENCE: 'assault case',
  PEACEFUL_PROTEST: 'protest',
  PROTEST_WITH_INTERVENTION: 'protest dispersal',
  EXCESSIVE_FORCE_AGAINST_PROTESTERS: 'protest crackdown',
  VIOLENT_DEMONSTRATION: 'riot',
  MOB_VIOLENCE: 'mob violence',
  AGREEMENT: 'local agreement',
  ARRESTS: 'arrests',
  CHANGE_TO_GROUP_ACTIVITY: 'regrouping',
  DISRUPTED_WEAPONS_USE: 'weapons seizure',
  HEADQUARTERS_OR_BASE_ESTABLISHED: 'base opening',
  LOOTING_PROPERTY_DESTRUCTION: 'looting',
  NON_VIOLENT_TRANSFER_OF_TERRITORY: 'handover',
  BORDER_CLOSURE: 'border closure',
  SECURITY_OPERATION: 'security operation',
  OTHER: 'curfew',
  NEGOTIATION: 'talks',
  MEDIATION: 'mediation',
  AGREEMENT_SIGNING: 'accord signing',
  MEETING: 'meeting',
  STATEMENT: 'statement',
  PRESS_CONFERENCE: 'press conference',
  MEDIA_REPORT: 'media report',
  TELEVISED_REMARKS: 'televised address',
};
/** Long-running events that others are part of; they start with a year and are mostly ongoing. */
const SERIES_SUBTYPES = new Set(['INSURGENCY', 'MILITARY_CAMPAIGN', 'PEACE_PROCESS']);

interface SubtypeInfo {
  type: EventType;
  subType: string;
}
const SUBTYPES: readonly SubtypeInfo[] = (Object.keys(EVENT_SUBTYPES) as EventType[]).flatMap((type) =>
  EVENT_SUBTYPES[type].map((subType) => ({ type, subType })),
);
const ONE_OFF_SUBTYPES = SUBTYPES.map((_, i) => i).filter((i) => !SERIES_SUBTYPES.has(SUBTYPES[i]!.subType));
const SERIES_SUBTYPE_IDS = SUBTYPES.map((_, i) => i).filter((i) => SERIES_SUBTYPES.has(SUBTYPES[i]!.subType));

/** Given names, each a class of transliterations; the first spelling is canonical. */
const GIVEN: readonly (readonly string[])[] = [
  ['Karim', 'Kareem'],
  ['Yaqub', 'Yaqoob', 'Yakub'],
  ['Yusuf', 'Yousuf', 'Yousaf'],
  ['Najib', 'Najeeb'],
  ['Sarfraz', 'Sarfaraz'],
  ['Hamid', 'Hameed'],
  ['Rahim', 'Raheem'],
  ['Asif'],
  ['Zahid', 'Zahed'],
  ['Tariq', 'Tarik'],
  ['Imran'],
  ['Saeed', 'Said'],
  ['Nasir', 'Naseer'],
  ['Bilal'],
  ['Khalid', 'Khaled'],
  ['Ghulam', 'Gholam'],
  ['Nur', 'Noor'],
  ['Qadir', 'Qader'],
  ['Ismail', 'Ismael'],
  ['Hussain', 'Hussein', 'Husain'],
  ['Abdul Rahman', 'Abdur Rahman', 'Abdurrahman'],
  ['Shah Mahmood', 'Shah Mehmood'],
  ['Fatima', 'Fatema'],
  ['Ayesha', 'Aisha'],
  ['Maryam', 'Mariam'],
  ['Zainab', 'Zaynab'],
  ['Farida', 'Fareeda'],
  ['Hina'],
  ['Sana'],
  ['Malalai'],
];
const MUHAMMAD = ['Muhammad', 'Mohammad', 'Mohammed'];
const HONORIFIC_PAIRS = [
  ['Haji', 'Hajji'],
  ['Mullah', 'Mulla'],
  ['Maulana', 'Maulvi'],
  ['Dr'],
  ['Gen'],
  ['Sardar'],
  ['Syed', 'Sayed'],
];

/** How an organization is named. `from` says what its word is: its own word, or a place's name. */
interface OrgPattern {
  key: string;
  type: OrganizationType;
  from: 'word' | 'country' | 'province' | 'city';
  name: (w: string) => string;
  aliases: (w: string) => string[];
  /** The acronym's letters after the word's initials ("LA" for "… Liberation Army"), if it has one. */
  acronym?: (w: string) => string;
}

const ORG_PATTERNS: readonly OrgPattern[] = [
  // One per country.
  {
    key: 'gov',
    type: 'GOVERNMENT',
    from: 'country',
    name: (c) => `Government of ${c}`,
    aliases: (c) => [`${c} government`, `federal government of ${c}`],
  },
  {
    key: 'army',
    type: 'MILITARY',
    from: 'country',
    name: (c) => `${c} Armed Forces`,
    aliases: (c) => [`${c} military`, `${c}'s military`, `${c} armed forces personnel`],
  },
  {
    key: 'wing',
    type: 'PRESS_OFFICE',
    from: 'country',
    name: (c) => `${c} Military Media Wing`,
    aliases: (c) => [`media wing of the ${c} Armed Forces`, `${c}'s military media wing`],
  },
  {
    key: 'tv',
    type: 'STATE_MEDIA',
    from: 'country',
    name: (c) => `${c} State Television`,
    aliases: (c) => [`${c} TV`, `${c} State TV`],
    acronym: () => 'STV',
  },
  {
    key: 'intel',
    type: 'INTELLIGENCE',
    from: 'country',
    name: (c) => `${c} Intelligence Directorate`,
    aliases: (c) => [`${c} intelligence agency`],
  },
  {
    key: 'defence',
    type: 'MINISTRY',
    from: 'country',
    name: (c) => `Ministry of Defence of ${c}`,
    aliases: (c) => [`${c} Defence Ministry`, `${c} Defense Ministry`],
  },
  {
    key: 'interior',
    type: 'MINISTRY',
    from: 'country',
    name: (c) => `Ministry of Interior of ${c}`,
    aliases: (c) => [`${c} Interior Ministry`],
  },
  {
    key: 'foreign',
    type: 'MINISTRY',
    from: 'country',
    name: (c) => `Ministry of Foreign Affairs of ${c}`,
    aliases: (c) => [`${c} Foreign Office`, `${c} Foreign Ministry`],
  },
  {
    key: 'fc',
    type: 'PARAMILITARY',
    from: 'country',
    name: (c) => `${c} Frontier Corps`,
    aliases: (c) => [`Frontier Corps ${c}`],
  },
  // One per province, one per (non-capital) city.
  {
    key: 'provgov',
    type: 'GOVERNMENT',
    from: 'province',
    name: (p) => `Government of ${p}`,
    aliases: (p) => [`${p} government`, `${p} provincial government`],
  },
  {
    key: 'police',
    type: 'POLICE',
    from: 'province',
    name: (p) => `${p} Police`,
    aliases: (p) => [`${p} police force`, `police of ${p}`],
  },
  // The municipal corporation shares the city's own name: a shared alias across kinds.
  {
    key: 'city',
    type: 'GOVERNMENT',
    from: 'city',
    name: (t) => `${t} Municipal Corporation`,
    aliases: (t) => [t, `${t} city government`, `${t} municipality`],
  },
  // Their own word.
  {
    key: 'tehreek',
    type: 'MILITANT_GROUP',
    from: 'word',
    name: (w) => `Tehreek-e-${w}`,
    aliases: (w) => [`Tehrik-i-${w}`, `Tehreek-i-${w}`, `Tehrik-e-${w}`],
    acronym: () => 'T',
  },
  {
    key: 'bla',
    type: 'MILITANT_GROUP',
    from: 'word',
    name: (w) => `${w} Liberation Army`,
    aliases: (w) => [`${w} Liberation Army fighters`],
    acronym: () => 'LA',
  },
  {
    key: 'lashkar',
    type: 'MILITANT_GROUP',
    from: 'word',
    name: (w) => `Lashkar-e-${w}`,
    aliases: (w) => [`Lashkar-i-${w}`, `Lashkar e ${w}`],
    acronym: () => 'L',
  },
  {
    key: 'jaish',
    type: 'MILITANT_GROUP',
    from: 'word',
    name: (w) => `Jaish-e-${w}`,
    aliases: (w) => [`Jaish-i-${w}`, `Jaish al-${w}`],
  },
  {
    key: 'ppp',
    type: 'POLITICAL_PARTY',
    from: 'word',
    name: (w) => `${w} People's Party`,
    aliases: (w) => [`${w} Peoples Party`],
    acronym: () => 'PP',
  },
  {
    key: 'jamaat',
    type: 'POLITICAL_PARTY',
    from: 'word',
    name: (w) => `Jamaat-e-${w}`,
    aliases: (w) => [`Jamaat-i-${w}`, `Jamat-e-${w}`],
    acronym: () => 'J',
  },
  {
    key: 'movement',
    type: 'POLITICAL_PARTY',
    from: 'word',
    name: (w) => `${w} National Movement`,
    aliases: (w) => [`${w} Qaumi Movement`],
    acronym: () => 'NM',
  },
  { key: 'times', type: 'MEDIA', from: 'word', name: (w) => `${w} Times`, aliases: (w) => [`The ${w} Times`] },
  {
    key: 'network',
    type: 'MEDIA',
    from: 'word',
    name: (w) => `${w} News Network`,
    aliases: (w) => [`${w} News`],
    acronym: () => 'NN',
  },
  {
    key: 'agency',
    type: 'NEWS_AGENCY',
    from: 'word',
    name: (w) => `${w} Press Agency`,
    aliases: (w) => [`${w} News Agency`],
    acronym: () => 'PA',
  },
  {
    key: 'relief',
    type: 'NGO',
    from: 'word',
    name: (w) => `${w} Relief Foundation`,
    aliases: (w) => [`${w} Foundation`],
  },
  {
    key: 'rights',
    type: 'NGO',
    from: 'word',
    name: (w) => `${w} Human Rights Commission`,
    aliases: (w) => [`${w} rights commission`],
    acronym: () => 'HRC',
  },
  {
    key: 'council',
    type: 'INTERGOVERNMENTAL',
    from: 'word',
    name: (w) => `${w} Cooperation Council`,
    aliases: (w) => [`Organisation of ${w} States`],
    acronym: () => 'CC',
  },
  {
    key: 'traders',
    type: 'OTHER',
    from: 'word',
    name: (w) => `${w} Traders Association`,
    aliases: (w) => [`${w} traders' union`],
  },
  {
    key: 'jirga',
    type: 'OTHER',
    from: 'word',
    name: (w) => `${w} Tribal Council`,
    aliases: (w) => [`${w} jirga`, `${w} Grand Jirga`],
  },
  { key: 'corps', type: 'MILITARY', from: 'word', name: (w) => `${w} Corps`, aliases: (w) => [`${w} Army Corps`] },
  { key: 'scouts', type: 'PARAMILITARY', from: 'word', name: (w) => `${w} Scouts`, aliases: (w) => [`${w} Levies`] },
  {
    key: 'bureau',
    type: 'INTELLIGENCE',
    from: 'word',
    name: (w) => `${w} Intelligence Bureau`,
    aliases: (w) => [`${w} IB`],
  },
];
const PATTERN = new Map(ORG_PATTERNS.map((p, i) => [p.key, i]));
function patternIndex(key: string): number {
  const i = PATTERN.get(key);
  if (i === undefined) throw new Error(`no organization pattern '${key}'`);
  return i;
}
const STATE_PATTERNS = ['wing', 'tv', 'intel', 'defence', 'interior', 'foreign', 'fc'];
/** Word-based patterns and how often each is drawn. */
const WORD_PATTERNS: readonly [string, number][] = [
  ['tehreek', 6],
  ['bla', 6],
  ['lashkar', 4],
  ['jaish', 3],
  ['ppp', 4],
  ['jamaat', 3],
  ['movement', 3],
  ['times', 5],
  ['network', 4],
  ['agency', 3],
  ['relief', 3],
  ['rights', 3],
  ['council', 1],
  ['traders', 2],
  ['jirga', 3],
  ['corps', 3],
  ['scouts', 2],
  ['bureau', 1],
];
const MILITANT_KEYS = new Set(['tehreek', 'bla', 'lashkar', 'jaish']);
/** Names used without "the" in a sentence. */
const NO_ARTICLE_PATTERNS = new Set(['tehreek', 'lashkar', 'jaish', 'jamaat']);

// ---------------------------------------------------------------------------------------------------
// The world so far: compact columns, lists per country, and the names and ids derived from them.

interface CountryState {
  place: number;
  capital: number;
  provinces: number[];
  districts: number[];
  cities: number[];
  others: number[];
  /** State organizations by pattern key (government, armed forces, ministries …). */
  state: Map<string, number>;
  orgs: number[];
  /** Organizations by type (militant groups, parties, media …). */
  byType: Map<OrganizationType, number[]>;
  persons: number[];
  events: number[];
  series: number[];
}

export interface Hub {
  id: string;
  kind: Kind;
  name: string;
  /**
   * References to it from facts over the whole corpus: relationship ends, event places, participants,
   * partOf, positions, claim subjects, stances, figure places and events, reportedBy. Roughly its
   * number of relationships in the graph (a repeated fact counts again; the graph merges it).
   */
  degree: number;
}

class World {
  readonly places = new Table(['type', 'word', 'country', 'parent', 'degree'] as const);
  readonly orgs = new Table(['pattern', 'ref', 'country', 'degree'] as const);
  readonly persons = new Table(['word', 'given', 'prefix', 'country', 'degree'] as const);
  readonly events = new Table(['word', 'subtype', 'start', 'country', 'degree'] as const);
  readonly claims = new Table(['kind', 'country'] as const);
  readonly countries: CountryState[] = [];
  /** Province → its government; city → its municipal corporation (each created once). */
  readonly provinceGov = new Map<number, number>();
  readonly cityGov = new Map<number, number>();
  readonly provincePolice = new Map<number, number>();
  readonly borders = new Set<string>();
  /** Acronyms in use: short, so they would collide; the first organization keeps one. */
  private readonly acronyms = new Set<string>();
  private words = 0;
  figures = 0;

  constructor(private readonly salt: number) {}

  nextWord(): number {
    return scrambledWord(this.words++, this.salt);
  }

  countryName(c: number): string {
    const word = wordOf(this.places.get(this.countryState(c).place, 'word'));
    return word + COUNTRY_SUFFIXES[c % COUNTRY_SUFFIXES.length]!;
  }

  countryState(c: number): CountryState {
    const s = this.countries[c];
    if (!s) throw new Error(`no country ${c}`);
    return s;
  }

  placeType(i: number): PlaceType {
    return PLACE_TYPE_LIST[this.places.get(i, 'type')]!;
  }

  isCountry(i: number): boolean {
    return this.places.get(i, 'type') === 0;
  }

  placeName(i: number): string {
    const w = wordOf(this.places.get(i, 'word'));
    switch (this.placeType(i)) {
      case 'COUNTRY':
        return this.countryName(this.places.get(i, 'country'));
      case 'REGION':
        return `${w} Valley`;
      case 'AREA':
        return `${w} tribal areas`;
      case 'BORDER_CROSSING':
        return `${w} crossing`;
      case 'BORDER': {
        // The word column of a border holds the other country.
        const [a, b] = [this.places.get(i, 'country'), this.places.get(i, 'word')];
        return `${this.countryName(a)}–${this.countryName(b)} border`;
      }
      default:
        return w;
    }
  }

  placeAliases(i: number): string[] {
    const w = wordOf(this.places.get(i, 'word'));
    const name = this.placeName(i);
    switch (this.placeType(i)) {
      case 'COUNTRY':
        return [`${COUNTRY_STYLES[this.places.get(i, 'country') % COUNTRY_STYLES.length]!} ${name}`];
      case 'PROVINCE':
        return [`${w} Province`, ...optional(ooVariant(w))];
      case 'DISTRICT':
        return [`${w} District`, `${misspelled(w)} District`];
      case 'CITY':
        return [...optional(ooVariant(w)), misspelled(w)];
      case 'REGION':
        return [`${w} valley region`];
      case 'AREA':
        return [`${w} tribal belt`, `tribal areas of ${w}`];
      case 'BORDER_CROSSING':
        return [`${w} border crossing`, `${w} border post`];
      case 'BORDER': {
        const [a, b] = name.replace(' border', '').split('–');
        return [`${b}–${a} border`, `${a}-${b} frontier`];
      }
    }
  }

  placeId(i: number): string {
    const base = `place:${slug(this.placeName(i))}`;
    return this.placeType(i) === 'DISTRICT' ? `${base}-district` : base;
  }

  orgPattern(i: number): OrgPattern {
    return ORG_PATTERNS[this.orgs.get(i, 'pattern')]!;
  }

  /** The word an organization's name is built around: its own, or its place's name. */
  private orgWord(i: number): string {
    const p = this.orgPattern(i);
    const ref = this.orgs.get(i, 'ref');
    return p.from === 'word' ? wordOf(ref) : this.placeName(ref);
  }

  /** The organization as a sentence names it: "the Kabo Police", but "Tehreek-e-Kabo". */
  orgMention(i: number): string {
    const name = this.orgName(i);
    return NO_ARTICLE_PATTERNS.has(this.orgPattern(i).key) ? name : `the ${name}`;
  }

  orgName(i: number): string {
    return this.orgPattern(i).name(this.orgWord(i));
  }

  orgId(i: number): string {
    return `org:${slug(this.orgName(i))}`;
  }

  /**
   * Aliases, with an acronym when it is still free. Called once, when the organization is first
   * declared: that call takes the acronym (re-declarations use the canonical name only).
   */
  orgAliases(i: number): string[] {
    const p = this.orgPattern(i);
    const w = this.orgWord(i);
    const out = p.aliases(w);
    if (p.from === 'word') out.push(p.name(misspelled(w)));
    if (p.acronym) {
      // The two first consonants of the word (of the place's word for a place-based name).
      const acro =
        (p.from === 'word' ? initials(w) : initials(wordOf(this.places.get(this.orgs.get(i, 'ref'), 'word')))) +
        p.acronym(w);
      if (!this.acronyms.has(acro)) {
        this.acronyms.add(acro);
        out.push(acro);
      }
    }
    return out;
  }

  personGiven(i: number): readonly string[] {
    return GIVEN[this.persons.get(i, 'given')]!;
  }

  personName(i: number): string {
    const given = this.personGiven(i)[0]!;
    const prefix = this.persons.get(i, 'prefix') ? `${MUHAMMAD[0]} ` : '';
    return `${prefix}${given} ${wordOf(this.persons.get(i, 'word'))}`;
  }

  personId(i: number): string {
    return `person:${slug(this.personName(i))}`;
  }

  eventSubtype(i: number): SubtypeInfo {
    return SUBTYPES[this.events.get(i, 'subtype')]!;
  }

  /** The event as a sentence names it: "the Kabo clash", but "Operation Kabo". */
  eventMention(i: number): string {
    const name = this.eventName(i);
    return name.startsWith('Operation ') ? name : `the ${name}`;
  }

  eventName(i: number): string {
    const w = wordOf(this.events.get(i, 'word'));
    const { subType } = this.eventSubtype(i);
    if (subType === 'INSURGENCY') return `${w} insurgency`;
    if (subType === 'MILITARY_CAMPAIGN') return `Operation ${w}`;
    if (subType === 'PEACE_PROCESS') return `${w} peace process`;
    return `${w} ${SUBTYPE_NOUNS[subType]!}`;
  }

  eventAliases(i: number): string[] {
    const w = wordOf(this.events.get(i, 'word'));
    const { subType } = this.eventSubtype(i);
    if (subType === 'INSURGENCY') return [`insurgency in ${w}`, `${misspelled(w)} insurgency`];
    if (subType === 'MILITARY_CAMPAIGN') return [`Op ${w}`, `Operation ${misspelled(w)}`];
    if (subType === 'PEACE_PROCESS')
      return [`${w} talks process`, ...optional(ooVariant(w)).map((v) => `${v} peace process`)];
    const noun = SUBTYPE_NOUNS[subType]!;
    return [`${noun} in ${w}`, `${w} ${noun} of ${dateWords(this.events.get(i, 'start'))}`];
  }

  isSeries(i: number): boolean {
    return SERIES_SUBTYPES.has(this.eventSubtype(i).subType);
  }

  eventId(i: number): string {
    const base = `event:${slug(this.eventName(i))}`;
    return this.isSeries(i) ? base : `${base}-${dateStr(this.events.get(i, 'start'))}`;
  }

  claimId(i: number): string {
    return `claim:${CLAIM_KINDS[this.claims.get(i, 'kind')]!.toLowerCase()}-${i + 1}`;
  }

  /** The entities referenced most often, highest first (ties: earliest created). */
  topHubs(k: number): Hub[] {
    const hubs: Hub[] = [];
    const consider = (
      kind: Kind,
      n: number,
      degree: (i: number) => number,
      id: (i: number) => string,
      name: (i: number) => string,
    ) => {
      for (let i = 0; i < n; i++) {
        const d = degree(i);
        if (hubs.length === k && d <= hubs[k - 1]!.degree) continue;
        hubs.push({ id: id(i), kind, name: name(i), degree: d });
        hubs.sort((a, b) => b.degree - a.degree);
        if (hubs.length > k) hubs.pop();
      }
    };
    consider(
      'PLACE',
      this.places.length,
      (i) => this.places.get(i, 'degree'),
      (i) => this.placeId(i),
      (i) => this.placeName(i),
    );
    consider(
      'ORGANIZATION',
      this.orgs.length,
      (i) => this.orgs.get(i, 'degree'),
      (i) => this.orgId(i),
      (i) => this.orgName(i),
    );
    consider(
      'PERSON',
      this.persons.length,
      (i) => this.persons.get(i, 'degree'),
      (i) => this.personId(i),
      (i) => this.personName(i),
    );
    consider(
      'EVENT',
      this.events.length,
      (i) => this.events.get(i, 'degree'),
      (i) => this.eventId(i),
      (i) => this.eventName(i),
    );
    return hubs;
  }

  /** Degrees of every entity, for distribution checks. */
  degrees(): number[] {
    const out: number[] = [];
    for (const t of [this.places, this.orgs, this.persons, this.events]) {
      for (let i = 0; i < t.length; i++) out.push(t.get(i, 'degree'));
    }
    return out;
  }
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function optional<T>(x: T | null): T[] {
  return x === null ? [] : [x];
}

// ---------------------------------------------------------------------------------------------------
// One article being written: its sections, its sentences (the evidence), and what it declares.

type PositionIn = Section<'positions'>;
type ParticipationIn = Section<'participations'>;
type RelType = RelIn['type'];

export type KindCounts = Record<Kind, number>;
const zeroCounts = (): KindCounts => ({ PERSON: 0, ORGANIZATION: 0, PLACE: 0, EVENT: 0 });

class ArticleBuilder {
  readonly entities: EntityIn[] = [];
  readonly events: EventIn[] = [];
  readonly positions: PositionIn[] = [];
  readonly claims: ClaimIn[] = [];
  readonly relationships: RelIn[] = [];
  readonly participations: ParticipationIn[] = [];
  readonly figures: FigureIn[] = [];
  /** Entity ids declared here; an entity re-declared under a new bundle id maps its graph id to it. */
  readonly declared = new Set<string>();
  readonly renamed = new Map<string, string>();
  readonly created = zeroCounts();
  redeclaredByName = 0;
  redeclaredById = 0;
  private readonly sentences: string[] = [];
  private readonly sentenceSet = new Set<string>();
  private readonly relKeys = new Set<string>();

  /** Adds a sentence to the article text (once) and returns it. */
  sentence(raw: string): string {
    const s = capitalised(raw);
    if (!this.sentenceSet.has(s)) {
      this.sentenceSet.add(s);
      this.sentences.push(s);
    }
    return s;
  }

  /** A relationship, unless the same one is already stated here (or would point to its own start). */
  relate(
    type: RelType,
    from: string,
    to: string,
    source: Source,
    extra: { start?: string; note?: string } = {},
  ): boolean {
    const key = `${type}|${from}|${to}`;
    if (from === to || this.relKeys.has(key)) return false;
    this.relKeys.add(key);
    this.relationships.push({ type, from, to, ...extra, source });
    return true;
  }

  declare(e: EntityIn): void {
    this.declared.add(e.id);
    this.entities.push(e);
  }

  /** The article text: title, a dateline, then the sentences in paragraphs of three. */
  text(title: string, dateline: string): string {
    const paragraphs: string[] = [];
    for (let i = 0; i < this.sentences.length; i += 3) paragraphs.push(this.sentences.slice(i, i + 3).join(' '));
    if (paragraphs.length) paragraphs[0] = `${dateline.toUpperCase()}: ${paragraphs[0]!}`;
    return `${title}\n\n${paragraphs.join('\n\n')}\n`;
  }
}

// ---------------------------------------------------------------------------------------------------
// The generator.

export interface CorpusOptions {
  /** Named entities to create (people, organizations, places and events). */
  entities: number;
  seed: number;
  /** Set `article.file` to `<name>.txt`; the text is always produced (every excerpt is in it). */
  text?: boolean;
}

export interface GeneratedArticle {
  /** 1, 2, … in ingestion order. */
  seq: number;
  /** The file name without extension, zero-padded so that file-name order is ingestion order. */
  name: string;
  bundle: CorpusBundle;
  /** The article text: every `evidence` and stance `quote` of the bundle appears in it verbatim. */
  text: string;
  /** Entities first declared by this article, by kind. */
  created: KindCounts;
  /** Entities already declared earlier and declared again: under a new id (resolved by name), or the same id. */
  redeclaredByName: number;
  redeclaredById: number;
}

const PUBLISHERS = [
  'Frontier Daily',
  'Asia Wire Service',
  'The Regional Monitor',
  'Highland Herald',
  'Capital Courier',
  'Border Post',
];
export const MIN_ENTITIES = 100;
const DOMAINS = ['news.example.org', 'wire.example.com', 'monitor.example.net'];
/** Shares of new entities by kind (people and events are the most numerous in news). */
const KIND_SHARES: KindCounts = { PERSON: 0.32, ORGANIZATION: 0.17, PLACE: 0.19, EVENT: 0.32 };

export class CorpusGenerator {
  private readonly world: World;
  private readonly rng: Rng;
  private art = new ArticleBuilder();
  private seq = 0;
  /** The current article's date (packed, day precision). */
  private today = 0;

  constructor(private readonly opts: CorpusOptions) {
    // The first article alone declares up to 48 entities (each country, its capital, government and army).
    if (!Number.isInteger(opts.entities) || opts.entities < MIN_ENTITIES) {
      throw new Error(`entities: an integer of at least ${MIN_ENTITIES}`);
    }
    this.rng = new Rng(opts.seed);
    this.world = new World(Math.floor(this.rng.float() * 2 ** 31));
  }

  /** Entities created so far (people + organizations + places + events). */
  get createdEntities(): number {
    const w = this.world;
    return w.persons.length + w.orgs.length + w.places.length + w.events.length;
  }

  private remaining(): number {
    return this.opts.entities - this.createdEntities;
  }

  topHubs(k: number): Hub[] {
    return this.world.topHubs(k);
  }

  degrees(): number[] {
    return this.world.degrees();
  }

  /** The articles, one bundle at a time, until the entity budget is spent. */
  *articles(): Generator<GeneratedArticle> {
    const width = Math.max(6, String(this.opts.entities).length);
    while (this.remaining() > 0) {
      this.seq += 1;
      this.art = new ArticleBuilder();
      this.today = packDay(
        FIRST_DAY + Math.floor((this.createdEntities / this.opts.entities) * (LAST_DAY - FIRST_DAY)),
      );
      const frame = this.seq === 1 ? this.bootstrap() : this.story();
      yield this.finish(String(this.seq).padStart(width, '0'), frame);
    }
  }

  // ----- references (each one counts towards the degree of what it points at) -----

  private mapped(id: string): string {
    return this.art.renamed.get(id) ?? id;
  }
  private placeRef(i: number): string {
    this.world.places.inc(i, 'degree');
    return this.mapped(this.world.placeId(i));
  }
  private orgRef(i: number): string {
    this.world.orgs.inc(i, 'degree');
    return this.mapped(this.world.orgId(i));
  }
  private personRef(i: number): string {
    this.world.persons.inc(i, 'degree');
    return this.mapped(this.world.personId(i));
  }
  private eventRef(i: number): string {
    this.world.events.inc(i, 'degree');
    return this.mapped(this.world.eventId(i));
  }
  private countryRef(c: number): string {
    return this.placeRef(this.world.countryState(c).place);
  }

  // ----- sources -----

  /** Most facts cite a sentence of the article; a small share is general knowledge or an inference. */
  private source(sentence: string, note: string, extra: { attribution?: string; reportedBy?: string } = {}): Source {
    const r = this.rng.float();
    if (r < 0.07) return { basis: 'GENERAL_KNOWLEDGE', note };
    if (r < 0.1) return { basis: 'INFERENCE', evidence: this.art.sentence(sentence), note };
    return this.said(sentence, extra);
  }

  private said(sentence: string, extra: { attribution?: string; reportedBy?: string } = {}): Source {
    return { basis: 'ARTICLE', evidence: this.art.sentence(sentence), ...extra };
  }

  // ----- places -----

  private addPlace(type: PlaceType, c: number, parent: number, word = this.world.nextWord()): number {
    const i = this.world.places.push({ type: PLACE_TYPE_LIST.indexOf(type), word, country: c, parent, degree: 0 });
    const s = this.world.countryState(c);
    if (type === 'PROVINCE') s.provinces.push(i);
    else if (type === 'DISTRICT') s.districts.push(i);
    else if (type === 'CITY') s.cities.push(i);
    else if (type !== 'COUNTRY') s.others.push(i);
    return i;
  }

  private declarePlace(i: number, source: Source, description?: string): void {
    const w = this.world;
    const c = w.places.get(i, 'country');
    const country = w.isCountry(i);
    const name = w.placeName(i);
    this.art.created.PLACE += 1;
    this.art.declare({
      id: w.placeId(i),
      kind: 'PLACE',
      placeType: w.placeType(i),
      ...(country ? { countryCode: name.charAt(0).toUpperCase() + String.fromCharCode(65 + (c % 26)) } : {}),
      name,
      aliases: w.placeAliases(i),
      ...(description ? { description } : {}),
      source,
    });
  }

  /** A new place in country c, below the places it already has (provinces first, then districts, cities …). */
  private newPlace(c: number, c2: number): number {
    const w = this.world;
    const s = w.countryState(c);
    const maxProvinces = 3 + Math.ceil(24 / (c + 1));
    if (s.provinces.length < 2 || (s.provinces.length < maxProvinces && this.rng.chance(0.06)))
      return this.newProvince(c, c2);
    if (s.districts.length < s.provinces.length * 2 || this.rng.chance(0.3)) return this.newDistrict(c);
    const pair = `${Math.min(c, c2)}-${Math.max(c, c2)}`;
    if (c !== c2 && !w.borders.has(pair) && this.rng.chance(0.2)) return this.newBorder(c, c2, pair);
    const r = this.rng.float();
    if (r < 0.8) return this.newCity(c);
    const type: PlaceType = r < 0.87 ? 'REGION' : r < 0.94 ? 'AREA' : 'BORDER_CROSSING';
    const parent = type === 'BORDER_CROSSING' ? this.rng.zipfPick(s.districts) : this.rng.zipfPick(s.provinces);
    const i = this.addPlace(type, c, parent);
    const name = w.placeName(i);
    const parentName = w.placeName(parent);
    const sentence = `${name}, in ${parentName}, has been at the centre of recent tensions.`;
    this.declarePlace(i, this.said(sentence));
    this.art.relate(
      'WITHIN',
      this.placeRef(i),
      this.placeRef(parent),
      this.source(sentence, `${name} lies in ${parentName}.`),
    );
    if (type === 'AREA') {
      const cs = `The ${name} are part of ${w.countryName(c)}.`;
      this.art.relate(
        'WITHIN',
        this.placeRef(i),
        this.countryRef(c),
        this.source(cs, `${name} are in ${w.countryName(c)}.`),
      );
    }
    return i;
  }

  private newProvince(c: number, c2: number): number {
    const w = this.world;
    const i = this.addPlace('PROVINCE', c, w.countryState(c).place);
    const name = w.placeName(i);
    const country = w.countryName(c);
    const sentence = `${name} is a province of ${country}.`;
    this.declarePlace(i, this.said(sentence), `A province of ${country}.`);
    this.art.relate(
      'WITHIN',
      this.placeRef(i),
      this.countryRef(c),
      this.source(sentence, `${name} is a province of ${country}.`),
    );
    if (c !== c2 && this.rng.chance(0.25)) {
      const b = `${name} shares a long border with ${w.countryName(c2)}.`;
      this.art.relate(
        'BORDERS',
        this.placeRef(i),
        this.countryRef(c2),
        this.source(b, `${name} borders ${w.countryName(c2)}.`),
      );
    }
    if (this.remaining() > 1 && this.rng.chance(0.5)) this.newProvinceGovernment(i);
    return i;
  }

  private newDistrict(c: number): number {
    const w = this.world;
    const s = w.countryState(c);
    const province = this.rng.zipfPick(s.provinces);
    const i = this.addPlace('DISTRICT', c, province);
    const name = w.placeName(i);
    const pname = w.placeName(province);
    const sentence = `The ${name} district lies in ${pname}.`;
    this.declarePlace(i, this.said(sentence));
    this.art.relate(
      'WITHIN',
      this.placeRef(i),
      this.placeRef(province),
      this.source(sentence, `${name} is a district of ${pname}.`),
    );
    const sibling = s.districts.length > 1 ? this.rng.zipfPick(s.districts) : i;
    if (sibling !== i && w.places.get(sibling, 'parent') === province && this.rng.chance(0.15)) {
      const b = `${name} borders the neighbouring ${w.placeName(sibling)} district.`;
      this.art.relate('BORDERS', this.placeRef(i), this.placeRef(sibling), this.source(b, `Neighbouring districts.`));
    }
    return i;
  }

  private newCity(c: number): number {
    const w = this.world;
    const s = w.countryState(c);
    const district = this.rng.zipfPick(s.districts);
    const i = this.addPlace('CITY', c, district);
    const name = w.placeName(i);
    const dname = w.placeName(district);
    const sentence = `${name} is a town in the ${dname} district.`;
    this.declarePlace(i, this.said(sentence));
    this.art.relate(
      'WITHIN',
      this.placeRef(i),
      this.placeRef(district),
      this.source(sentence, `${name} is in ${dname}.`),
    );
    if (this.remaining() > 1 && this.rng.chance(0.12)) this.newOrg(c, 'city', i);
    return i;
  }

  private newBorder(c: number, c2: number, pair: string): number {
    const w = this.world;
    w.borders.add(pair);
    const i = this.addPlace('BORDER', c, w.countryState(c).place, c2);
    const sentence = `Tensions have risen along the ${w.placeName(i)}.`;
    this.declarePlace(i, this.said(sentence));
    const b = `${w.countryName(c)} and ${w.countryName(c2)} share a long and disputed border.`;
    this.art.relate('BORDERS', this.countryRef(c), this.countryRef(c2), this.source(b, 'Neighbouring countries.'));
    return i;
  }

  /** A province, district or city of country c (Zipf: the first ones are the big ones); the country if none. */
  private somePlace(c: number, level: 'province' | 'district' | 'city'): number {
    const s = this.world.countryState(c);
    const lists = {
      province: [s.provinces],
      district: [s.districts, s.provinces],
      city: [s.cities, s.districts, s.provinces],
    }[level];
    for (const list of lists) if (list.length) return this.rng.zipfPick(list);
    return s.place;
  }

  private capitalOf(c: number): number {
    const s = this.world.countryState(c);
    return s.capital >= 0 ? s.capital : s.place;
  }

  // ----- organizations -----

  private addOrg(c: number, key: string, ref: number): number {
    const w = this.world;
    const i = w.orgs.push({ pattern: patternIndex(key), ref, country: c, degree: 0 });
    const s = w.countryState(c);
    s.orgs.push(i);
    const type = w.orgPattern(i).type;
    const same = s.byType.get(type);
    if (same) same.push(i);
    else s.byType.set(type, [i]);
    if (w.orgPattern(i).from === 'country') s.state.set(key, i);
    if (key === 'provgov') w.provinceGov.set(ref, i);
    if (key === 'police') w.provincePolice.set(ref, i);
    if (key === 'city') w.cityGov.set(ref, i);
    return i;
  }

  private declareOrg(i: number, source: Source, extraAliases: string[] = []): void {
    const w = this.world;
    this.art.created.ORGANIZATION += 1;
    this.art.declare({
      id: w.orgId(i),
      kind: 'ORGANIZATION',
      orgType: w.orgPattern(i).type,
      name: w.orgName(i),
      aliases: [...w.orgAliases(i), ...extraAliases],
      source,
    });
  }

  /** Creates, declares and links an organization; `ref` is its place for place-based patterns. */
  private newOrg(c: number, key: string, ref = -1, extraAliases: string[] = []): number {
    const w = this.world;
    const pattern = ORG_PATTERNS[patternIndex(key)]!;
    // A country-based pattern is built on the country's place; the others on the place given, or a new word.
    const base = pattern.from === 'word' ? w.nextWord() : pattern.from === 'country' ? w.countryState(c).place : ref;
    const i = this.addOrg(c, key, base);
    const name = w.orgMention(i);
    const sentence = `${name} said it was monitoring the situation in ${w.countryName(c)}.`;
    this.declareOrg(
      i,
      this.source(sentence, `${name} is a well-known ${pattern.type.toLowerCase().replace(/_/g, ' ')}.`),
      extraAliases,
    );
    this.linkOrg(i);
    return i;
  }

  private newProvinceGovernment(province: number): number {
    const c = this.world.places.get(province, 'country');
    const gov = this.newOrg(c, 'provgov', province);
    if (!this.world.provincePolice.has(province) && this.remaining() > 1 && this.rng.chance(0.5)) {
      this.newOrg(c, 'police', province);
    }
    return gov;
  }

  /** A new organization in country c: a missing state body, a provincial one, or one with its own name. */
  private newOrgFor(c: number): number {
    const w = this.world;
    const s = w.countryState(c);
    const missing = STATE_PATTERNS.filter((k) => !s.state.has(k));
    if (missing.length && this.rng.chance(0.2)) return this.newOrg(c, this.rng.pick(missing));
    if (s.provinces.length) {
      const p = this.rng.zipfPick(s.provinces);
      if (!w.provinceGov.has(p) && this.rng.chance(0.3)) return this.newProvinceGovernment(p);
      if (!w.provincePolice.has(p) && this.rng.chance(0.2)) return this.newOrg(c, 'police', p);
    }
    const key = WORD_PATTERNS[this.rng.weighted(WORD_PATTERNS.map(([, weight]) => weight))]![0];
    if (MILITANT_KEYS.has(key) && this.remaining() > 1 && this.rng.chance(0.06)) return this.newSplinterPair(c, key);
    return this.newOrg(c, key);
  }

  /**
   * A militant group and its splinter faction, declared together and sharing the alias "<word> militants":
   * a same-kind shared alias that is safe because neither is ever re-declared by it.
   */
  private newSplinterPair(c: number, key: string): number {
    const w = this.world;
    const word = w.nextWord();
    const shared = `${wordOf(word)} militants`;
    const first = this.addOrg(c, key, word);
    this.declareOrg(
      first,
      this.said(`${w.orgMention(first)}, often simply called ${shared}, claimed several attacks.`),
      [shared],
    );
    this.linkOrg(first);
    const splinter = this.newOrg(c, this.rng.pick([...MILITANT_KEYS]), -1, [shared]);
    const sentence =
      `A splinter faction, ${w.orgName(splinter)}, broke away from ${w.orgMention(first)} ` +
      'and the two are now rivals.';
    this.art.relate('OPPOSES', this.orgRef(splinter), this.orgRef(first), this.said(sentence));
    return first;
  }

  private rel(
    type: RelType,
    from: string,
    to: string,
    sentence: string,
    note: string,
    extra: { start?: string; note?: string } = {},
  ): void {
    this.art.relate(type, from, to, this.source(sentence, note), extra);
  }

  /** The relationships an organization is introduced with, by pattern. */
  private linkOrg(i: number): void {
    const w = this.world;
    const p = w.orgPattern(i);
    const c = w.orgs.get(i, 'country');
    const s = w.countryState(c);
    const name = w.orgMention(i);
    const country = w.countryName(c);
    const state = (key: string) => s.state.get(key);
    const me = () => this.orgRef(i);
    const partOf = (parent: number | undefined, verb = 'is part of') => {
      if (parent !== undefined)
        this.rel(
          'PART_OF',
          me(),
          this.orgRef(parent),
          `${name} ${verb} ${w.orgMention(parent)}.`,
          'Organisational structure.',
        );
    };
    const operatesIn = (place: number) =>
      this.rel(
        'OPERATES_IN',
        me(),
        this.placeRef(place),
        `${name} is active in ${w.placeName(place)}.`,
        `Known area of operation.`,
      );
    const basedIn = (place: number) =>
      this.rel(
        'BASED_IN',
        me(),
        this.placeRef(place),
        `${name} is headquartered in ${w.placeName(place)}.`,
        `Headquarters.`,
      );
    switch (p.key) {
      case 'gov':
        this.rel(
          'GOVERNS',
          me(),
          this.countryRef(c),
          `${name} governs ${country} from ${w.placeName(this.capitalOf(c))}.`,
          'Government of the country.',
        );
        basedIn(this.capitalOf(c));
        break;
      case 'army':
        basedIn(s.place);
        break;
      case 'wing':
        partOf(state('army'), 'is the media wing of');
        if (state('army') !== undefined)
          this.rel('SPEAKS_FOR', me(), this.orgRef(state('army')!), `${name} speaks for the military.`, 'Media wing.');
        break;
      case 'tv':
        basedIn(this.capitalOf(c));
        if (state('gov') !== undefined)
          this.rel(
            'SPEAKS_FOR',
            me(),
            this.orgRef(state('gov')!),
            `State-run ${name} relays the government's line.`,
            'State broadcaster.',
          );
        break;
      case 'intel':
        partOf(state('army'));
        operatesIn(s.place);
        break;
      case 'defence':
      case 'interior':
      case 'foreign':
        partOf(state('gov'));
        basedIn(this.capitalOf(c));
        break;
      case 'fc':
        partOf(state('interior') ?? state('army'), 'reports to');
        operatesIn(this.somePlace(c, 'province'));
        break;
      case 'provgov': {
        const province = w.orgs.get(i, 'ref');
        this.rel(
          'GOVERNS',
          me(),
          this.placeRef(province),
          `${name} runs the affairs of ${w.placeName(province)}.`,
          'Provincial government.',
        );
        break;
      }
      case 'police': {
        const province = w.orgs.get(i, 'ref');
        operatesIn(province);
        partOf(w.provinceGov.get(province), 'answers to');
        break;
      }
      case 'city': {
        const city = w.orgs.get(i, 'ref');
        this.rel(
          'GOVERNS',
          me(),
          this.placeRef(city),
          `${name} administers ${w.placeName(city)}.`,
          'Municipal government.',
        );
        basedIn(city);
        break;
      }
      case 'corps':
        partOf(state('army'));
        operatesIn(this.somePlace(c, 'province'));
        break;
      case 'scouts':
        partOf(state('fc') ?? state('army'));
        operatesIn(this.somePlace(c, 'district'));
        break;
      case 'bureau':
        partOf(state('intel') ?? state('gov'));
        operatesIn(this.somePlace(c, 'province'));
        break;
      case 'council':
        basedIn(this.capitalOf(c));
        operatesIn(s.place);
        break;
      case 'relief':
      case 'rights':
        basedIn(this.capitalOf(c));
        operatesIn(this.somePlace(c, 'province'));
        break;
      case 'traders':
      case 'jirga':
        operatesIn(this.somePlace(c, 'district'));
        break;
      case 'times':
      case 'network':
      case 'agency':
        basedIn(this.rng.chance(0.5) ? this.capitalOf(c) : this.somePlace(c, 'city'));
        break;
      case 'ppp':
      case 'jamaat':
      case 'movement':
        basedIn(this.capitalOf(c));
        if (this.rng.chance(0.4))
          this.rel(
            'OPPOSES',
            me(),
            this.orgRef(state('gov')!),
            `${name} leads the opposition to the government.`,
            'Opposition party.',
          );
        break;
      default:
        this.linkMilitant(i);
    }
  }

  private linkMilitant(i: number): void {
    const w = this.world;
    const c = w.orgs.get(i, 'country');
    const s = w.countryState(c);
    const name = w.orgMention(i);
    const area = this.somePlace(c, this.rng.chance(0.5) ? 'province' : 'district');
    const since = `${this.rng.int(2005, 2020)}`;
    this.rel(
      'OPERATES_IN',
      this.orgRef(i),
      this.placeRef(area),
      `${name} fighters are active in ${w.placeName(area)}.`,
      'Area of operation.',
      { start: since },
    );
    if (this.rng.chance(0.4))
      this.rel(
        'OPERATES_IN',
        this.orgRef(i),
        this.countryRef(c),
        `${name} has waged an insurgency in ${w.countryName(c)}.`,
        'Insurgent group.',
      );
    const gov = s.state.get('gov')!;
    this.rel(
      'OPPOSES',
      this.orgRef(i),
      this.orgRef(gov),
      `${name} has vowed to fight ${w.orgMention(gov)}.`,
      'Armed opposition.',
    );
    const army = s.state.get('army');
    if (army !== undefined && this.rng.chance(0.3))
      this.rel(
        'OPPOSES',
        this.orgRef(i),
        this.orgRef(army),
        `${name} has attacked ${w.orgName(army)} convoys.`,
        'Armed conflict.',
      );
    const militants = s.byType.get('MILITANT_GROUP') ?? [];
    const other = militants.length > 1 ? this.rng.zipfPick(militants) : i;
    if (other !== i && this.rng.chance(0.2)) {
      const allied = this.rng.chance(0.6);
      const sentence = allied
        ? `${name} is allied with ${w.orgMention(other)}.`
        : `${name} is an umbrella member of ${w.orgMention(other)}.`;
      this.rel(allied ? 'ALLIED_WITH' : 'PART_OF', this.orgRef(i), this.orgRef(other), sentence, 'Militant alliances.');
    }
  }

  // ----- people -----

  private addPerson(c: number, word: number, given: number, prefix: number): number {
    const i = this.world.persons.push({ word, given, prefix, country: c, degree: 0 });
    this.world.countryState(c).persons.push(i);
    return i;
  }

  /**
   * Transliterations of the given name (and of "Muhammad"), honorific forms, "oo" for "u" and a
   * misspelling of the surname, the surname alone. Every one keeps the person's unique surname word.
   */
  private personAliases(i: number, sharedSurname: boolean): string[] {
    const w = this.world;
    const surname = wordOf(w.persons.get(i, 'word'));
    const givens = w.personGiven(i);
    const canonical = w.personName(i);
    const prefixes = w.persons.get(i, 'prefix') ? MUHAMMAD : [''];
    const out: string[] = [];
    for (const p of prefixes) {
      for (const g of givens) {
        const n = `${p ? `${p} ` : ''}${g} ${surname}`;
        if (n !== canonical && out.length < 4) out.push(n);
      }
    }
    if (prefixes.length > 1) out.push(`${givens[0]!} ${surname}`);
    const oo = ooVariant(surname);
    if (oo && this.rng.chance(0.5)) out.push(`${givens[0]!} ${oo}`);
    if (this.rng.chance(0.3)) out.push(`${givens[0]!} ${misspelled(surname)}`);
    if (this.rng.chance(0.3)) for (const h of this.rng.pick(HONORIFIC_PAIRS)) out.push(`${h} ${canonical}`);
    if (sharedSurname || this.rng.chance(0.4)) out.push(surname);
    return out;
  }

  private declarePerson(i: number, source: Source, sharedSurname = false, description?: string): void {
    const w = this.world;
    this.art.created.PERSON += 1;
    this.art.declare({
      id: w.personId(i),
      kind: 'PERSON',
      name: w.personName(i),
      aliases: this.personAliases(i, sharedSurname),
      ...(description ? { description } : {}),
      source,
    });
  }

  private newPersonFor(c: number): number {
    if (this.remaining() > 1 && this.rng.chance(0.04)) return this.newFamily(c);
    const i = this.addPerson(c, this.world.nextWord(), this.rng.int(0, GIVEN.length - 1), this.rng.chance(0.2) ? 1 : 0);
    const name = this.world.personName(i);
    this.declarePerson(i, this.said(`${name} spoke to reporters in ${this.world.placeName(this.capitalOf(c))}.`));
    this.linkPerson(i);
    return i;
  }

  /** Two relatives declared together, both also known by the bare surname: a same-kind shared alias. */
  private newFamily(c: number): number {
    const w = this.world;
    const word = w.nextWord();
    const g1 = this.rng.int(0, GIVEN.length - 1);
    const g2 = (g1 + this.rng.int(1, GIVEN.length - 1)) % GIVEN.length;
    const a = this.addPerson(c, word, g1, 0);
    const b = this.addPerson(c, word, g2, 0);
    const sentence =
      `The brothers ${w.personName(a)} and ${w.personName(b)}, both known as ${wordOf(word)}, ` +
      'were named in the case.';
    this.declarePerson(a, this.said(sentence), true);
    this.declarePerson(b, this.said(sentence), true);
    this.linkPerson(a);
    this.linkPerson(b);
    return a;
  }

  private office(title: string, aliases: string[]): PositionIn['office'] {
    return { id: `office:${slug(title)}`, name: title, aliases };
  }

  /** A position with the dates an article would give: as of today, since a month, or a past term. */
  private position(person: number, title: string, aliases: string[], holder: { org?: number; place?: number }): void {
    const w = this.world;
    const organizationId = holder.org !== undefined ? this.orgRef(holder.org) : this.placeRef(holder.place!);
    const r = this.rng.float();
    const todayDay = dayOf(this.today);
    const startDay = Math.max(dayOf(20100101), todayDay - this.rng.int(30, 2500));
    const dates =
      r < 0.45
        ? { asOf: dateStr(this.today) }
        : r < 0.85
          ? { start: dateStr(coarsen(packDay(startDay), 'MONTH')) }
          : {
              start: dateStr(coarsen(packDay(startDay), 'YEAR')),
              end: dateStr(coarsen(packDay(Math.min(todayDay, startDay + this.rng.int(200, 1500))), 'MONTH')),
            };
    const name = w.personName(person);
    const sentence =
      'end' in dates
        ? `${name}, a former ${title}, was also present.`
        : `${title} ${name} addressed the issue on ${dateWords(this.today)}.`;
    this.art.positions.push({
      personId: this.personRef(person),
      office: this.office(title, aliases),
      organizationId,
      ...dates,
      source: this.source(sentence, `${name} is known to hold the office of ${title}.`),
    });
  }

  /** Offices of country c that a person may hold: title, aliases, the body it belongs to. */
  private officesOf(c: number): { title: string; aliases: string[]; org?: number; place?: number }[] {
    const w = this.world;
    const s = w.countryState(c);
    const country = w.countryName(c);
    const out: { title: string; aliases: string[]; org?: number; place?: number }[] = [
      { title: `President of ${country}`, aliases: [`${country} President`], place: s.place },
    ];
    const state = (key: string, title: string, alias: string) => {
      const org = s.state.get(key);
      if (org !== undefined) out.push({ title, aliases: [alias], org });
    };
    state('gov', `Prime Minister of ${country}`, `${country} Prime Minister`);
    state('army', `Chief of Army Staff of ${country}`, `${country} army chief`);
    state('defence', `Defence Minister of ${country}`, `${country} Defence Minister`);
    state('interior', `Interior Minister of ${country}`, `${country} Interior Minister`);
    state('foreign', `Foreign Minister of ${country}`, `${country} Foreign Minister`);
    state('wing', `Director General of the ${country} Military Media Wing`, `${country} military spokesman`);
    if (s.provinces.length) {
      const p = this.rng.zipfPick(s.provinces);
      const gov = w.provinceGov.get(p);
      const pname = w.placeName(p);
      if (gov !== undefined)
        out.push({
          title: `Chief Minister of ${pname}`,
          aliases: [`${pname} Chief Minister`, `CM ${pname}`],
          org: gov,
        });
      const police = w.provincePolice.get(p);
      if (police !== undefined)
        out.push({ title: `Inspector General of ${pname} Police`, aliases: [`${pname} police chief`], org: police });
    }
    return out;
  }

  /** The organizations of country c of these types, as the lists themselves (never copied: they grow large). */
  private orgsOf(c: number, ...types: OrganizationType[]): number[][] {
    const s = this.world.countryState(c);
    return types.map((t) => s.byType.get(t) ?? []);
  }

  /** One item of several lists taken as one, with the Zipf law; undefined when all are empty. */
  private pickFrom(pool: number[][]): number | undefined {
    let k = pool.reduce((n, l) => n + l.length, 0);
    if (k === 0) return undefined;
    k = this.rng.zipf(k);
    for (const list of pool) {
      if (k < list.length) return list[k];
      k -= list.length;
    }
    return undefined;
  }

  /** What a new person does: an office, a group, a newsroom, or nothing but a place to live. */
  private linkPerson(i: number): void {
    const w = this.world;
    const c = w.persons.get(i, 'country');
    const name = w.personName(i);
    const r = this.rng.float();
    const member = (types: OrganizationType[], verb: string): number | undefined => {
      const org = this.pickFrom(this.orgsOf(c, ...types));
      if (org === undefined) return undefined;
      this.rel(
        'MEMBER_OF',
        this.personRef(i),
        this.orgRef(org),
        `${name} ${verb} ${w.orgMention(org)}.`,
        'Known membership.',
      );
      return org;
    };
    if (r < 0.3) {
      const o = this.rng.zipfPick(this.officesOf(c));
      this.position(i, o.title, o.aliases, o);
      return;
    }
    if (r < 0.5) {
      const group = member(['MILITANT_GROUP'], 'is a commander of');
      if (group === undefined) return this.linkPerson(i);
      const role = this.rng.float();
      const gname = w.orgName(group);
      if (role < 0.25) this.position(i, `Chief of ${gname}`, [`${gname} chief`, `${gname} leader`], { org: group });
      else if (role < 0.5) this.spokesperson(i, group);
      return;
    }
    if (r < 0.62) {
      const party = member(['POLITICAL_PARTY'], 'is a senior leader of');
      if (party !== undefined && this.rng.chance(0.3)) {
        const pname = w.orgName(party);
        this.position(i, `Chairman of ${pname}`, [`${pname} chairman`, `${pname} chief`], { org: party });
      }
      return;
    }
    if (r < 0.72) {
      member(['MEDIA', 'NEWS_AGENCY', 'STATE_MEDIA'], 'is a correspondent for');
      return;
    }
    if (r < 0.8) {
      this.spokesperson(i, this.rng.zipfPick(w.countryState(c).orgs));
      return;
    }
    const place = this.somePlace(c, 'city');
    this.rel(
      'BASED_IN',
      this.personRef(i),
      this.placeRef(place),
      `${name}, a resident of ${w.placeName(place)}, described the situation.`,
      'Place of residence.',
    );
  }

  private spokesperson(person: number, org: number): void {
    const w = this.world;
    const oname = w.orgName(org);
    this.position(person, `Spokesperson of ${oname}`, [`${oname} spokesperson`, `${oname} spokesman`], { org });
    const sentence = `${w.personName(person)}, a spokesperson for ${oname}, confirmed the account.`;
    this.rel('SPEAKS_FOR', this.personRef(person), this.orgRef(org), sentence, 'Official spokesperson.');
  }

  // ----- events -----

  private addEvent(c: number, subtype: number, start: number): number {
    const w = this.world;
    const i = w.events.push({ word: w.nextWord(), subtype, start, country: c, degree: 0 });
    const s = w.countryState(c);
    s.events.push(i);
    if (w.isSeries(i)) s.series.push(i);
    return i;
  }

  /**
   * An actor of country c of a broad category (picked with the Zipf law, so the big ones recur), or
   * undefined when c has none yet. Nothing is counted until the actor is used (`use`).
   */
  private actor(
    c: number,
    what: ActorCategory,
    others: { c2: number; c3: number } = { c2: c, c3: c },
  ): Actor | undefined {
    const w = this.world;
    const country = (k: number): Actor => ({ kind: 'PLACE', i: w.countryState(k).place, name: w.countryName(k) });
    // The first pool with any organization in it (the later ones are fallbacks).
    const orgs = (...pools: number[][][]): Actor | undefined => {
      for (const pool of pools) {
        const i = this.pickFrom(pool);
        if (i !== undefined) return { kind: 'ORGANIZATION', i, name: w.orgMention(i) };
      }
      return undefined;
    };
    switch (what) {
      case 'country':
        return country(c);
      case 'country2':
        return country(others.c2);
      case 'country3':
        return country(others.c3);
      case 'person': {
        const people = w.countryState(c).persons;
        if (!people.length) return undefined;
        const i = this.rng.zipfPick(people);
        return { kind: 'PERSON', i, name: w.personName(i) };
      }
      case 'militant':
        return orgs(this.orgsOf(c, 'MILITANT_GROUP'));
      case 'force':
        return orgs(this.orgsOf(c, 'MILITARY', 'PARAMILITARY'));
      case 'police':
        return orgs(this.orgsOf(c, 'POLICE'), this.orgsOf(c, 'MILITARY', 'PARAMILITARY'));
      case 'gov':
        return orgs(this.orgsOf(c, 'GOVERNMENT', 'MINISTRY'));
      case 'party':
        return orgs(this.orgsOf(c, 'POLITICAL_PARTY'), this.orgsOf(c, 'NGO', 'OTHER'));
      case 'civil':
        return orgs(this.orgsOf(c, 'NGO', 'OTHER'), this.orgsOf(c, 'POLITICAL_PARTY'));
      case 'media':
        return orgs(this.orgsOf(c, 'MEDIA', 'NEWS_AGENCY', 'STATE_MEDIA', 'PRESS_OFFICE'));
    }
  }

  /** The id of an actor in this article, counted as one more reference to it. */
  private use(a: Actor): string {
    if (a.kind === 'PERSON') return this.personRef(a.i);
    return a.kind === 'ORGANIZATION' ? this.orgRef(a.i) : this.placeRef(a.i);
  }

  /** When a new event happened: a series starts with a year; a one-off in the weeks before the article. */
  private eventDates(series: boolean, subType: string): { start: number; end?: string; ongoing?: boolean } {
    const year = Math.floor(this.today / 10000);
    if (series) {
      const start = this.rng.int(2019, year) * 10000;
      if (this.rng.chance(0.75)) return { start, ongoing: true };
      return { start, end: `${this.rng.int(Math.floor(start / 10000), year)}` };
    }
    const day = Math.max(FIRST_DAY, dayOf(this.today) - this.rng.int(0, 40));
    const r = this.rng.float();
    const start = coarsen(packDay(day), r < 0.8 ? 'DAY' : r < 0.95 ? 'MONTH' : 'YEAR');
    if (r < 0.8 && this.rng.chance(0.12)) return { start, end: dateStr(packDay(day + this.rng.int(1, 4))) };
    if ((subType === 'BORDER_CLOSURE' || subType === 'HEADQUARTERS_OR_BASE_ESTABLISHED') && this.rng.chance(0.5))
      return { start, ongoing: true };
    return { start };
  }

  /** Where a one-off event happened: a town, district or other place of c, sometimes the country too. */
  private eventPlaces(c: number, series: boolean): number[] {
    const w = this.world;
    const s = w.countryState(c);
    if (series) return [this.rng.chance(0.5) ? this.somePlace(c, 'province') : s.place];
    const r = this.rng.float();
    const main =
      r < 0.15 && s.others.length ? this.rng.zipfPick(s.others) : this.somePlace(c, r < 0.6 ? 'city' : 'district');
    const places = [main];
    if (main !== s.place && this.rng.chance(0.35)) places.push(s.place);
    if (this.rng.chance(0.1)) {
      const second = this.somePlace(c, 'district');
      if (!places.includes(second)) places.push(second);
    }
    return places;
  }

  private newEventFor(c: number, c2: number): number {
    const w = this.world;
    const s = w.countryState(c);
    const series = this.rng.chance(0.06) || (s.series.length === 0 && this.rng.chance(0.3));
    const subtype = series ? this.rng.pick(SERIES_SUBTYPE_IDS) : this.rng.pick(ONE_OFF_SUBTYPES);
    const { type, subType } = SUBTYPES[subtype]!;
    const dates = this.eventDates(series, subType);
    const i = this.addEvent(c, subtype, dates.start);
    const name = w.eventName(i);
    const places = this.eventPlaces(c, series);
    const where = w.placeName(places[0]!);
    const sentence = series
      ? `${w.eventMention(i)} has shaped life in ${where} since ${dateWords(dates.start)}.`
      : `${w.eventMention(i)} took place in ${where} ${onDate(dates.start)}.`;
    // The event's sentence comes first in the text, its participants' after it.
    const source = this.source(sentence, `${name} is widely documented.`);
    const parent = !series && s.series.length && this.rng.chance(0.35) ? this.rng.zipfPick(s.series) : undefined;
    const id = w.eventId(i);
    this.art.created.EVENT += 1;
    this.art.declared.add(id);
    this.art.events.push({
      id,
      name,
      aliases: w.eventAliases(i),
      description: `${capitalised(SUBTYPE_NOUNS[subType] ?? subType.toLowerCase().replace(/_/g, ' '))} in ${where}, ${w.countryName(c)}.`,
      eventType: type,
      subType,
      start: dateStr(dates.start),
      ...(dates.end ? { end: dates.end } : {}),
      ...(dates.ongoing ? { ongoing: true } : {}),
      placeIds: places.map((p) => this.placeRef(p)),
      ...(parent !== undefined ? { partOf: this.eventRef(parent) } : {}),
      participants: this.participants(i, c, c2), // after the event's own sentence, as an article tells it
      figures: series ? [] : this.eventFigures(i, type),
      source,
    });
    // The event's own edges (places, series, participants, figures) count towards its degree too.
    const e = this.art.events[this.art.events.length - 1]!;
    w.events.inc(
      i,
      'degree',
      places.length + (parent !== undefined ? 1 : 0) + (e.participants?.length ?? 0) + (e.figures?.length ?? 0),
    );
    return i;
  }

  private participants(event: number, c: number, c2: number): Participant[] {
    const w = this.world;
    const { type, subType } = w.eventSubtype(event);
    const n = w.countries.length;
    const c3 = (Math.max(c, c2) + 1 + this.rng.int(0, n - 1)) % n;
    const slots = subType === 'BORDER_CLASH' ? BORDER_CLASH_SLOTS : PARTICIPANT_SLOTS[type];
    const name = w.eventMention(event);
    const out: Participant[] = [];
    const seen = new Set<string>();
    slots.forEach(([role, what], k) => {
      if (k >= 2 && !this.rng.chance(0.5)) return;
      const a = this.actor(c, what, { c2, c3 });
      // One role per actor: an article rarely gives the same actor two parts in one event.
      const key = a ? `${a.kind}|${a.i}` : '';
      if (!a || seen.has(key)) return;
      seen.add(key);
      const sentence = ROLE_SENTENCE[role](a.name, name);
      out.push({
        actorId: this.use(a),
        role,
        ...(this.rng.chance(0.1) ? { note: `As reported on ${dateWords(this.today)}.` } : {}),
        source: this.source(sentence, `${a.name}'s role is widely reported.`),
      });
    });
    return out;
  }

  private figureId(metric: string): string {
    return `figure:${metric.replace(/_/g, '-')}-${++this.world.figures}`;
  }

  /** A number: exact, or the article's wording with a range ("dozens", "more than 40"). */
  private amount(max: number): Pick<InnerFigure, 'value' | 'low' | 'best' | 'high' | 'approximation'> {
    const v = this.rng.int(1, max);
    const r = this.rng.float();
    if (r < 0.7) return { value: v };
    if (r < 0.8) return { low: 24, high: 99, approximation: 'dozens' };
    if (r < 0.9) return { low: v, approximation: `more than ${v}` };
    return { low: v, best: v + 2, high: v + 5, approximation: `between ${v} and ${v + 5}` };
  }

  private eventFigures(event: number, type: EventType): InnerFigure[] {
    const metrics = EVENT_METRICS[type];
    if (!metrics.length || !this.rng.chance(0.45)) return [];
    const out: InnerFigure[] = [];
    for (const [metric, unit] of metrics) {
      if (out.length && !this.rng.chance(0.4)) break;
      out.push({
        id: this.figureId(metric),
        metric,
        ...this.amount(unit === 'hours' ? 30 : 80),
        unit,
        scope: 'EVENT',
        eventId: this.world.eventId(event), // required for scope EVENT, even inside the event itself
        ...(this.rng.chance(0.2)
          ? { qualifier: 'Per the article, in its own voice; not attributed to any official.' }
          : {}),
      });
    }
    return out;
  }
  // ----- claims -----

  /** A speaker for a claim: a person, an organization or the country itself. */
  private speaker(c: number): Actor {
    const r = this.rng.float();
    const what: ActorCategory =
      r < 0.5 ? 'person' : r < 0.65 ? 'gov' : r < 0.75 ? 'militant' : r < 0.85 ? 'media' : 'country';
    return this.actor(c, what) ?? this.actor(c, 'country')!;
  }

  /** An earlier claim (one from this article is fine too): recent ones, or the much-cited first ones. */
  private someClaim(): string | undefined {
    const n = this.world.claims.length;
    if (n === 0) return undefined;
    const k = this.rng.chance(0.5) ? this.rng.zipf(n) : n - 1 - this.rng.int(0, Math.min(n, 500) - 1);
    return this.world.claimId(k);
  }

  /** An earlier event (recent ones or the early hubs), or undefined when there is none. */
  private someEvent(): number | undefined {
    const n = this.world.events.length;
    if (n === 0) return undefined;
    return this.rng.chance(0.5) ? this.rng.zipf(n) : n - 1 - this.rng.int(0, Math.min(n, 300) - 1);
  }

  private newClaim(c: number, c2: number, about: number | undefined): void {
    const w = this.world;
    const kindIndex = this.rng.int(0, CLAIM_KINDS.length - 1);
    const kind = CLAIM_KINDS[kindIndex]!;
    const k = w.claims.push({ kind: kindIndex, country: c });
    const id = w.claimId(k);
    const speaker = this.speaker(c);
    const topic = about !== undefined ? w.eventMention(about) : `the situation in ${w.countryName(c)}`;
    const text = capitalised(CLAIM_TEXT[kind](speaker.name, topic));
    const date = dateStr(this.today);
    const quote = this.rng.chance(0.6) ? QUOTES[this.rng.int(0, QUOTES.length - 1)]!(topic) : undefined;
    const via = this.rng.pick(['press conference', 'statement', 'televised remarks', 'interview']);
    const stances: Stance[] = [
      {
        actorId: this.use(speaker),
        stance: 'ASSERTS',
        date,
        ...(quote ? { quote } : {}),
        via,
        source: this.said(
          quote ? `"${quote}," ${speaker.name} said in a ${via}.` : `${speaker.name} made the remarks in a ${via}.`,
        ),
      },
    ];
    if (this.rng.chance(0.25)) {
      const denier = this.actor(this.rng.chance(0.5) ? c2 : c, this.rng.pick(['gov', 'militant', 'country'] as const));
      if (denier && !sameActor(denier, speaker)) {
        stances.push({
          actorId: this.use(denier),
          stance: 'DENIES',
          date,
          source: this.said(`${denier.name} rejected the claim about ${topic} as baseless.`),
        });
      }
    }
    if (this.rng.chance(0.15)) {
      const second = this.speaker(c);
      if (!sameActor(second, speaker)) {
        stances.push({
          actorId: this.use(second),
          stance: 'ASSERTS',
          source: this.said(`${second.name} echoed the claim.`),
        });
      }
    }
    const aboutIds = this.claimSubjects(c, about);
    const reportedBy = this.rng.chance(0.2) ? this.reporter(c) : undefined;
    this.art.claims.push({
      id,
      kind,
      text,
      date,
      stances,
      aboutIds,
      figures: this.claimFigures(kind, c, about),
      source: this.said(`${text}`, { attribution: `${speaker.name} said`, ...(reportedBy ? { reportedBy } : {}) }),
    });
  }

  /** What a claim is about: its event, a place, an organization, sometimes an earlier claim. */
  private claimSubjects(c: number, about: number | undefined): string[] {
    const ids: string[] = [];
    if (about !== undefined) ids.push(this.eventRef(about));
    if (this.rng.chance(0.5)) ids.push(this.placeRef(this.somePlace(c, 'province')));
    const orgs = this.world.countryState(c).orgs;
    if (orgs.length && this.rng.chance(0.3)) ids.push(this.orgRef(this.rng.zipfPick(orgs)));
    const earlier = this.rng.chance(0.1) ? this.someClaim() : undefined;
    if (earlier) ids.push(earlier);
    return [...new Set(ids)];
  }

  /** The state broadcaster or the military's media wing, when the country has one. */
  private reporter(c: number): string | undefined {
    const s = this.world.countryState(c);
    const org = s.state.get('tv') ?? s.state.get('wing');
    return org === undefined ? undefined : this.orgRef(org);
  }

  /** Statistics give totals for a period and place; accusations and reports count their event. */
  private claimFigures(kind: string, c: number, about: number | undefined): InnerFigure[] {
    const w = this.world;
    const year = Math.floor(this.today / 10000);
    if (kind === 'STATISTIC') {
      const out: InnerFigure[] = [];
      const n = this.rng.int(1, 3);
      for (let j = 0; j < n; j++) {
        const [metric, unit] = this.rng.pick(AGGREGATE_METRICS);
        const monthly = this.rng.chance(0.3);
        out.push({
          id: this.figureId(metric),
          metric,
          ...this.amount(900),
          unit,
          scope: 'AGGREGATE',
          periodStart: monthly ? `${year}-01` : `${year}`,
          periodEnd: monthly ? dateStr(coarsen(this.today, 'MONTH')) : `${year}`,
          placeId: this.placeRef(this.rng.chance(0.5) ? w.countryState(c).place : this.somePlace(c, 'province')),
          ...(this.rng.chance(0.3) ? { qualifier: 'As stated by the speaker; not independently verified.' } : {}),
        });
      }
      return out;
    }
    if ((kind === 'ACCUSATION' || kind === 'REPORT') && about !== undefined && this.rng.chance(0.4)) {
      const [metric, unit] = this.rng.pick(AGGREGATE_METRICS);
      return [
        { id: this.figureId(metric), metric, ...this.amount(60), unit, scope: 'EVENT', eventId: this.eventRef(about) },
      ];
    }
    return [];
  }

  // ----- facts about what earlier articles declared -----

  /** An actor joins an event declared earlier (or in this article). */
  private newParticipation(): void {
    const w = this.world;
    const e = this.someEvent();
    if (e === undefined) return;
    const c = w.events.get(e, 'country');
    const role = this.rng.pick(EXTRA_ROLES);
    const a = this.actor(c, this.rng.pick(['force', 'militant', 'gov', 'person', 'country', 'civil'] as const));
    if (!a) return;
    const name = w.eventMention(e);
    this.art.participations.push({
      eventId: this.eventRef(e),
      actorId: this.use(a),
      role,
      source: this.said(`Officials later said ${a.name} had also been involved in ${name}.`),
    });
  }

  /** A figure on its own: stated by an earlier claim, or an event count in the article's voice. */
  private newLooseFigure(): void {
    if (this.world.claims.length && this.rng.chance(0.6)) this.newClaimedFigure();
    else this.newEventCount();
  }

  /** A total that an earlier claim stated, for the claim's country and this year. */
  private newClaimedFigure(): void {
    const w = this.world;
    const n = w.claims.length;
    const k = this.rng.chance(0.5) ? this.rng.zipf(n) : n - 1 - this.rng.int(0, Math.min(n, 500) - 1);
    const [metric, unit] = this.rng.pick(AGGREGATE_METRICS);
    const amount = this.amount(500);
    const shown = amount.value ?? amount.approximation ?? 'several';
    this.art.figures.push({
      id: this.figureId(metric),
      claimId: w.claimId(k),
      metric,
      ...amount,
      unit,
      scope: 'AGGREGATE',
      periodStart: `${Math.floor(this.today / 10000)}`,
      placeId: this.countryRef(w.claims.get(k, 'country')),
      source: this.said(`The updated tally of ${metric.replace(/_/g, ' ')} stood at ${shown} this year.`),
    });
  }

  /** A count of an earlier event in the article's own voice (no speaker, so scope EVENT). */
  private newEventCount(): void {
    const w = this.world;
    const e = this.someEvent();
    if (e === undefined) return;
    const metrics = EVENT_METRICS[w.eventSubtype(e).type];
    if (!metrics.length || w.isSeries(e)) return;
    const [metric, unit] = this.rng.pick(metrics);
    const amount = this.amount(unit === 'hours' ? 30 : 80);
    const shown = amount.value ?? amount.approximation ?? 'several';
    this.art.figures.push({
      id: this.figureId(metric),
      metric,
      ...amount,
      unit,
      scope: 'EVENT',
      eventId: this.eventRef(e),
      source: this.said(`A new count put the ${metric.replace(/_/g, ' ')} in ${w.eventMention(e)} at ${shown}.`),
    });
  }

  /** A link between entities already known: alliances, hostilities, memberships, areas of operation. */
  private newLinkBetweenKnown(c: number, c2: number): void {
    const w = this.world;
    const r = this.rng.float();
    if (r < 0.3 && c !== c2) {
      const allied = this.rng.chance(0.4);
      const a = w.countryName(c);
      const b = w.countryName(c2);
      const sentence = allied
        ? `${a} and ${b} pledged closer security cooperation.`
        : `Relations between ${a} and ${b} have deteriorated sharply.`;
      this.rel(
        allied ? 'ALLIED_WITH' : 'OPPOSES',
        this.countryRef(c),
        this.countryRef(c2),
        sentence,
        'Bilateral relations.',
      );
      return;
    }
    const s = w.countryState(c);
    if (r < 0.6 && s.persons.length && s.orgs.length) {
      const p = this.rng.zipfPick(s.persons);
      const o = this.rng.zipfPick(s.orgs);
      this.rel(
        'MEMBER_OF',
        this.personRef(p),
        this.orgRef(o),
        `${w.personName(p)} has long been associated with ${w.orgMention(o)}.`,
        'Known membership.',
      );
      return;
    }
    const m = this.pickFrom(this.orgsOf(c, 'MILITANT_GROUP'));
    if (m !== undefined) {
      const place = this.somePlace(c, 'district');
      this.rel(
        'OPERATES_IN',
        this.orgRef(m),
        this.placeRef(place),
        `${w.orgMention(m)} has expanded its presence to ${w.placeName(place)}.`,
        'Area of operation.',
      );
    }
  }

  /** A person declared earlier shown in an office in this article. */
  private newPositionForKnown(c: number): void {
    const s = this.world.countryState(c);
    if (!s.persons.length) return;
    const o = this.rng.zipfPick(this.officesOf(c));
    this.position(this.rng.zipfPick(s.persons), o.title, o.aliases, o);
  }

  // ----- entities declared again -----

  /** The focus country declared again under its own id, as real bundles do. */
  private redeclareCountryById(c: number): void {
    const place = this.world.countryState(c).place;
    if (this.art.declared.has(this.world.placeId(place))) return;
    this.art.redeclaredById += 1;
    this.art.created.PLACE -= 1; // declarePlace counts a new place; this one is not new
    this.declarePlace(place, this.said(`${this.world.countryName(c)} has faced mounting security challenges.`));
  }

  /**
   * An earlier entity declared again under a new bundle id with its unique canonical name only: the
   * ingester resolves it by name to the one existing entity, and this article's facts use the new id.
   */
  private redeclareByName(before: KindCounts): void {
    const w = this.world;
    const kind = this.rng.pick(KINDS);
    const n = before[kind];
    if (n === 0) return;
    const i = this.rng.zipf(n);
    const id = {
      PERSON: () => w.personId(i),
      ORGANIZATION: () => w.orgId(i),
      PLACE: () => w.placeId(i),
      EVENT: () => w.eventId(i),
    }[kind]();
    if (this.art.declared.has(id) || this.art.renamed.has(id)) return;
    const bundleId = `${id}.v${this.seq}`;
    this.art.renamed.set(id, bundleId);
    this.art.declared.add(bundleId);
    this.art.redeclaredByName += 1;
    if (kind === 'EVENT') return this.redeclareEvent(i, bundleId);
    const name = { PERSON: () => w.personName(i), ORGANIZATION: () => w.orgName(i), PLACE: () => w.placeName(i) }[
      kind
    ]();
    const source = this.said(`${name} also figured in the report.`);
    if (kind === 'PERSON') this.art.entities.push({ id: bundleId, kind, name, aliases: [], source });
    else if (kind === 'ORGANIZATION')
      this.art.entities.push({ id: bundleId, kind, orgType: w.orgPattern(i).type, name, aliases: [], source });
    else this.art.entities.push({ id: bundleId, kind: 'PLACE', placeType: w.placeType(i), name, aliases: [], source });
    // A fact that uses the new bundle id.
    if (kind === 'PLACE') {
      const parent = w.places.get(i, 'parent');
      if (parent >= 0)
        this.rel(
          'WITHIN',
          this.placeRef(i),
          this.placeRef(parent),
          `${name} lies in ${w.placeName(parent)}.`,
          'Geography.',
        );
      return;
    }
    const e = this.someEvent();
    if (e === undefined) return;
    this.art.participations.push({
      eventId: this.eventRef(e),
      actorId: kind === 'PERSON' ? this.personRef(i) : this.orgRef(i),
      role: 'OBSERVER',
      source: this.said(`${name} followed ${w.eventMention(e)} closely.`),
    });
  }

  private redeclareEvent(i: number, bundleId: string): void {
    const w = this.world;
    const { type, subType } = w.eventSubtype(i);
    const name = w.eventName(i);
    this.art.events.push({
      id: bundleId,
      name,
      eventType: type,
      subType,
      start: dateStr(w.events.get(i, 'start')),
      source: this.said(`${w.eventMention(i)} was mentioned again.`),
    });
    const c = w.events.get(i, 'country');
    this.art.participations.push({
      eventId: this.eventRef(i),
      actorId: this.countryRef(c),
      role: 'PARTY',
      source: this.said(`${w.countryName(c)} was a party to ${w.eventMention(i)}.`),
    });
  }

  // ----- articles -----

  private countryCount(): number {
    return Math.max(4, Math.min(12, Math.floor(this.opts.entities / 250)));
  }

  /** The first article: the countries, their capitals, governments and armed forces, and their borders. */
  private bootstrap(): ArticleFrame {
    const w = this.world;
    const n = this.countryCount();
    for (let c = 0; c < n; c++) {
      w.countries.push({
        place: -1,
        capital: -1,
        provinces: [],
        districts: [],
        cities: [],
        others: [],
        state: new Map(),
        byType: new Map(),
        orgs: [],
        persons: [],
        events: [],
        series: [],
      });
      w.countryState(c).place = this.addPlace('COUNTRY', c, -1);
    }
    for (let c = 0; c < n; c++) {
      const s = w.countryState(c);
      const country = w.countryName(c);
      this.declarePlace(
        s.place,
        this.said(`${country} is one of ${n} countries covered in this overview.`),
        `A country of the region.`,
      );
      s.capital = this.addPlace('CITY', c, s.place);
      const capital = w.placeName(s.capital);
      const sentence = `${capital} is the capital of ${country}.`;
      this.declarePlace(s.capital, this.said(sentence), `The capital of ${country}.`);
      this.art.relate(
        'WITHIN',
        this.placeRef(s.capital),
        this.countryRef(c),
        this.source(sentence, `${capital} is the capital of ${country}.`),
      );
      // The government is also called by its capital's name ("Islamabad said"): a shared alias across kinds.
      const gov = this.addOrg(c, 'gov', s.place);
      this.declareOrg(gov, this.said(`${w.orgMention(gov)}, often referred to as ${capital}, issued a statement.`), [
        capital,
      ]);
      this.linkOrg(gov);
      this.newOrg(c, 'army');
    }
    for (let c = 0; c < n; c++) {
      const d = (c + 1) % n;
      const sentence = `${w.countryName(c)} shares a border with ${w.countryName(d)}.`;
      this.art.relate(
        'BORDERS',
        this.countryRef(c),
        this.countryRef(d),
        this.source(sentence, 'Neighbouring countries.'),
      );
    }
    return {
      title: `Regional overview: ${n} countries, their capitals and their governments`,
      dateline: w.placeName(w.countryState(0).capital),
      lead: 'regional-overview',
    };
  }

  /** New entities for one article: usually a handful, with a long tail of digests declaring many. */
  private articleSize(): number {
    if (this.rng.chance(0.01)) return this.rng.int(40, 150);
    return Math.min(60, 1 + Math.floor(-Math.log(1 - this.rng.float()) * 5));
  }

  /** The kind of the next new entity: mostly the one furthest below its share, sometimes any. */
  private nextKind(): Kind {
    const w = this.world;
    const counts: KindCounts = {
      PERSON: w.persons.length,
      ORGANIZATION: w.orgs.length,
      PLACE: w.places.length,
      EVENT: w.events.length,
    };
    if (this.rng.chance(0.3)) return KINDS[this.rng.weighted(KINDS.map((k) => KIND_SHARES[k]))]!;
    const total = this.createdEntities + 1;
    let best: Kind = 'EVENT';
    for (const k of KINDS) if (KIND_SHARES[k] * total - counts[k] > KIND_SHARES[best] * total - counts[best]) best = k;
    return best;
  }

  private newEntity(kind: Kind, c: number, c2: number): { kind: Kind; i: number } {
    switch (kind) {
      case 'PLACE':
        return { kind, i: this.newPlace(c, c2) };
      case 'ORGANIZATION':
        return { kind, i: this.newOrgFor(c) };
      case 'PERSON':
        return { kind, i: this.newPersonFor(c) };
      case 'EVENT':
        return { kind, i: this.newEventFor(c, c2) };
    }
  }

  private story(): ArticleFrame {
    const w = this.world;
    const n = w.countries.length;
    const c = this.rng.zipf(n);
    const c2 = (c + 1 + this.rng.zipf(n - 1)) % n;
    const before: KindCounts = {
      PERSON: w.persons.length,
      ORGANIZATION: w.orgs.length,
      PLACE: w.places.length,
      EVENT: w.events.length,
    };
    if (this.rng.chance(0.1)) this.redeclareCountryById(c);
    if (this.rng.chance(0.08)) for (let k = this.rng.int(1, 2); k > 0; k--) this.redeclareByName(before);
    const size = this.articleSize();
    const created: { kind: Kind; i: number }[] = [];
    for (let k = 0; k < size && this.remaining() > 0; k++) created.push(this.newEntity(this.nextKind(), c, c2));
    const events = created.filter((e) => e.kind === 'EVENT').map((e) => e.i);
    const scale = Math.ceil(size / 8);
    const claims = this.rng.int(0, 2) + (size > 20 ? scale : 0);
    for (let k = 0; k < claims; k++)
      this.newClaim(c, c2, events.length && this.rng.chance(0.7) ? this.rng.pick(events) : this.someEvent());
    for (let k = this.rng.int(0, 2) * scale; k > 0; k--) this.newParticipation();
    for (let k = this.rng.chance(0.4) ? this.rng.int(1, 2) : 0; k > 0; k--) this.newLooseFigure();
    for (let k = this.rng.int(0, 3); k > 0; k--) this.newLinkBetweenKnown(c, c2);
    if (this.rng.chance(0.2)) this.newPositionForKnown(c);
    return this.frame(created[0]!, c);
  }

  /** Title and dateline around the article's first new entity (unique names make unique titles). */
  private frame(lead: { kind: Kind; i: number }, c: number): ArticleFrame {
    const w = this.world;
    const country = w.countryName(c);
    const dateline = w.placeName(this.capitalOf(c));
    const pick = <T>(list: readonly T[]) => this.rng.pick(list);
    switch (lead.kind) {
      case 'EVENT': {
        const name = w.eventName(lead.i);
        return {
          title: `${name}: ${pick(HEADLINE_VERBS)} ${country}`,
          dateline,
          lead: name,
        };
      }
      case 'PERSON': {
        const name = w.personName(lead.i);
        return {
          title: [
            name,
            pick(['in the spotlight as', 'speaks out as', 'at the centre of debate as']),
            country,
            pick(['weighs its options', 'braces for change', 'counts the cost']),
          ].join(' '),
          dateline,
          lead: name,
        };
      }
      case 'ORGANIZATION': {
        const name = w.orgName(lead.i);
        return {
          title: `${name} ${pick(['steps up activity in', 'draws scrutiny in', 'makes headlines in'])} ${country}`,
          dateline,
          lead: name,
        };
      }
      case 'PLACE': {
        const name = w.placeName(lead.i);
        return {
          title: `${pick(['Unease grows in', 'A closer look at', 'Life goes on in'])} ${name}, ${country}`,
          dateline,
          lead: name,
        };
      }
    }
  }

  private finish(name: string, { title, dateline, lead }: ArticleFrame): GeneratedArticle {
    const a = this.art;
    const date = dateStr(this.today);
    const inferred = this.rng.chance(0.1);
    const publisher = this.rng.chance(0.8) ? this.rng.pick(PUBLISHERS) : undefined;
    const article: CorpusBundle['article'] = {
      id: `article:${date}-${slug(lead)}`,
      title,
      ...(publisher ? { publisher } : {}),
      publishedDate: date,
      dateCertainty: inferred ? 'INFERRED' : 'STATED',
      ...(inferred ? { dateNote: 'The page shows no date; inferred from the events it reports as "on Sunday".' } : {}),
      ...(this.opts.text ? { file: `${name}.txt` } : {}),
      url: `https://${DOMAINS[this.seq % DOMAINS.length]!}/${date.replace(/-/g, '/')}/${slug(title)}`,
      language: 'en',
    };
    const bundle: CorpusBundle = {
      formatVersion: 1,
      article,
      entities: a.entities,
      events: a.events,
      positions: a.positions,
      claims: a.claims,
      relationships: a.relationships,
      participations: a.participations,
      figures: a.figures,
    };
    return {
      seq: this.seq,
      name,
      bundle,
      text: a.text(title, dateline),
      created: a.created,
      redeclaredByName: a.redeclaredByName,
      redeclaredById: a.redeclaredById,
    };
  }
}

/** An actor picked for a fact: a person, an organization or a country, with the name a sentence uses. */
interface Actor {
  kind: 'PERSON' | 'ORGANIZATION' | 'PLACE';
  i: number;
  name: string;
}

function sameActor(a: Actor, b: Actor): boolean {
  return a.kind === b.kind && a.i === b.i;
}

type ActorCategory =
  | 'country'
  | 'country2'
  | 'country3'
  | 'person'
  | 'militant'
  | 'force'
  | 'police'
  | 'gov'
  | 'party'
  | 'civil'
  | 'media';

/** Who takes part in an event of each type, in what role; the first two always, the rest sometimes. */
const PARTICIPANT_SLOTS: Record<EventType, [ParticipantRole, ActorCategory][]> = {
  BATTLES: [
    ['PARTY', 'militant'],
    ['PARTY', 'force'],
    ['PARTY', 'police'],
  ],
  EXPLOSIONS_REMOTE_VIOLENCE: [
    ['ATTACKER', 'militant'],
    ['TARGET', 'force'],
    ['VICTIM', 'person'],
  ],
  VIOLENCE_AGAINST_CIVILIANS: [
    ['ATTACKER', 'militant'],
    ['VICTIM', 'person'],
    ['TARGET', 'civil'],
  ],
  PROTESTS: [
    ['ORGANIZER', 'party'],
    ['TARGET', 'gov'],
    ['PARTY', 'civil'],
    ['PARTY', 'police'],
  ],
  RIOTS: [
    ['PARTY', 'party'],
    ['TARGET', 'police'],
    ['VICTIM', 'person'],
  ],
  STRATEGIC_DEVELOPMENTS: [
    ['PARTY', 'force'],
    ['TARGET', 'militant'],
    ['OBSERVER', 'civil'],
    ['SIGNATORY', 'gov'],
  ],
  DIPLOMACY: [
    ['PARTY', 'country'],
    ['PARTY', 'country2'],
    ['MEDIATOR', 'country3'],
    ['HOST', 'country3'],
    ['DELEGATION_HEAD', 'person'],
    ['DELEGATION_MEMBER', 'person'],
    ['SIGNATORY', 'gov'],
  ],
  COMMUNICATION: [
    ['SPEAKER', 'person'],
    ['ORGANIZER', 'media'],
    ['SPEAKER', 'gov'],
  ],
};
const BORDER_CLASH_SLOTS: [ParticipantRole, ActorCategory][] = [
  ['PARTY', 'country'],
  ['PARTY', 'country2'],
  ['PARTY', 'force'],
];

const ROLE_SENTENCE: Record<ParticipantRole, (actor: string, event: string) => string> = {
  PARTY: (a, e) => `${a} was involved in ${e}.`,
  MEDIATOR: (a, e) => `${a} mediated during ${e}.`,
  HOST: (a, e) => `${a} hosted ${e}.`,
  SIGNATORY: (a, e) => `${a} signed off on the outcome of ${e}.`,
  DELEGATION_HEAD: (a, e) => `${a} led a delegation to ${e}.`,
  DELEGATION_MEMBER: (a, e) => `${a} was part of a delegation at ${e}.`,
  ATTACKER: (a, e) => `${a} claimed responsibility for ${e}.`,
  TARGET: (a, e) => `${e} targeted ${a}.`,
  VICTIM: (a, e) => `${a} was among those hurt in ${e}.`,
  SPEAKER: (a, e) => `${a} spoke during ${e}.`,
  ORGANIZER: (a, e) => `${a} organised ${e}.`,
  OBSERVER: (a, e) => `${a} observed ${e}.`,
};

/** Counts an article gives of an event of each type, in its own voice: metric and unit. */
const EVENT_METRICS: Record<EventType, [string, string][]> = {
  BATTLES: [
    ['militants_killed', 'people'],
    ['security_personnel_killed', 'people'],
  ],
  EXPLOSIONS_REMOTE_VIOLENCE: [
    ['people_killed', 'people'],
    ['people_injured', 'people'],
  ],
  VIOLENCE_AGAINST_CIVILIANS: [
    ['civilians_killed', 'people'],
    ['people_abducted', 'people'],
  ],
  PROTESTS: [
    ['protesters', 'people'],
    ['people_arrested', 'people'],
  ],
  RIOTS: [['people_injured', 'people']],
  STRATEGIC_DEVELOPMENTS: [
    ['people_arrested', 'people'],
    ['weapons_seized', 'weapons'],
  ],
  DIPLOMACY: [['talks_duration', 'hours']],
  COMMUNICATION: [],
};

interface ArticleFrame {
  title: string;
  dateline: string;
  /** The name the article id is made of. */
  lead: string;
}

const CLAIM_TEXT: Record<(typeof CLAIM_KINDS)[number], (speaker: string, topic: string) => string> = {
  STATEMENT: (s, t) => `${s} said it was closely following ${t}.`,
  ACCUSATION: (s, t) => `${s} accused its rivals of being behind ${t}.`,
  DENIAL: (s, t) => `${s} denied any role in ${t}.`,
  STATISTIC: (s, t) => `${s} gave new figures on ${t}.`,
  WARNING: (s, t) => `${s} warned of further violence linked to ${t}.`,
  PLEDGE: (s, t) => `${s} pledged a firm response to ${t}.`,
  DEMAND: (s, t) => `${s} demanded an independent inquiry into ${t}.`,
  REPORT: (s, t) => `${s} reported fresh details about ${t}.`,
};

const QUOTES: ((topic: string) => string)[] = [
  (t) => `We will not allow anyone to exploit ${t}`,
  (t) => `Those behind ${t} will be brought to justice`,
  (t) => `Our position on ${t} has not changed`,
  (t) => `The facts about ${t} speak for themselves`,
];

/** Totals stated for a period and place. */
const AGGREGATE_METRICS: readonly [string, string][] = [
  ['militant_attacks', 'attacks'],
  ['security_personnel_killed', 'people'],
  ['civilian_casualties', 'people'],
  ['militants_killed', 'people'],
  ['operations_conducted', 'operations'],
  ['people_displaced', 'people'],
];

const EXTRA_ROLES: readonly ParticipantRole[] = [
  'PARTY',
  'OBSERVER',
  'MEDIATOR',
  'SPEAKER',
  'VICTIM',
  'TARGET',
  'ORGANIZER',
];

// ---------------------------------------------------------------------------------------------------
// Counting what was generated, article by article (a few numbers, never the bundles).

export interface FactCounts {
  entities: number;
  events: number;
  participants: number;
  positions: number;
  claims: number;
  stances: number;
  relationships: number;
  participations: number;
  figures: { event: number; claim: number; loose: number; total: number };
  /** Everything above: every item with a source of its own, plus figures inside events and claims. */
  total: number;
}

export interface CorpusManifest {
  generator: string;
  options: { entities: number; seed: number; text: boolean };
  articles: number;
  firstPublished: string | null;
  lastPublished: string | null;
  /** Distinct named entities created, by kind (declarations again of known entities not included). */
  entities: KindCounts & { total: number };
  /** Known entities declared again: under a new bundle id (resolved by name), or under their own id. */
  redeclared: { byName: number; byId: number };
  facts: FactCounts;
  factsPerArticle: { mean: number; median: number; p90: number; p99: number; max: number };
  bytes: { bundles: number; texts: number };
  hubs: Hub[];
}

/** Facts in one bundle, as counted in the manifest. */
function countFacts(b: CorpusBundle): FactCounts {
  const events = b.events ?? [];
  const claims = b.claims ?? [];
  const figures = {
    event: events.reduce((n, e) => n + (e.figures?.length ?? 0), 0),
    claim: claims.reduce((n, c) => n + (c.figures?.length ?? 0), 0),
    loose: b.figures?.length ?? 0,
    total: 0,
  };
  figures.total = figures.event + figures.claim + figures.loose;
  const counts = {
    entities: b.entities?.length ?? 0,
    events: events.length,
    participants: events.reduce((n, e) => n + (e.participants?.length ?? 0), 0),
    positions: b.positions?.length ?? 0,
    claims: claims.length,
    stances: claims.reduce((n, c) => n + c.stances.length, 0),
    relationships: b.relationships?.length ?? 0,
    participations: b.participations?.length ?? 0,
  };
  const total = Object.values(counts).reduce((a, n) => a + n, 0) + figures.total;
  return { ...counts, figures, total };
}

const FACT_KEYS = [
  'entities',
  'events',
  'participants',
  'positions',
  'claims',
  'stances',
  'relationships',
  'participations',
  'total',
] as const;

export class CorpusStats {
  private articles = 0;
  private firstPublished: string | null = null;
  private lastPublished: string | null = null;
  private readonly entities = zeroCounts();
  private readonly redeclared = { byName: 0, byId: 0 };
  private readonly facts: FactCounts = {
    entities: 0,
    events: 0,
    participants: 0,
    positions: 0,
    claims: 0,
    stances: 0,
    relationships: 0,
    participations: 0,
    figures: { event: 0, claim: 0, loose: 0, total: 0 },
    total: 0,
  };
  /** Facts per article → articles with that many: a small histogram instead of a list. */
  private readonly sizes = new Map<number, number>();
  private readonly bytes = { bundles: 0, texts: 0 };

  add(a: GeneratedArticle, bytes: { bundle?: number; text?: number } = {}): void {
    this.articles += 1;
    this.firstPublished ??= a.bundle.article.publishedDate;
    this.lastPublished = a.bundle.article.publishedDate;
    for (const k of KINDS) this.entities[k] += a.created[k];
    this.redeclared.byName += a.redeclaredByName;
    this.redeclared.byId += a.redeclaredById;
    const f = countFacts(a.bundle);
    for (const key of FACT_KEYS) this.facts[key] += f[key];
    for (const key of ['event', 'claim', 'loose', 'total'] as const) this.facts.figures[key] += f.figures[key];
    this.sizes.set(f.total, (this.sizes.get(f.total) ?? 0) + 1);
    this.bytes.bundles += bytes.bundle ?? 0;
    this.bytes.texts += bytes.text ?? 0;
  }

  /** The value at quantile q of the facts-per-article distribution. */
  private quantile(q: number): number {
    const target = Math.ceil(q * this.articles);
    let seen = 0;
    for (const [size, n] of [...this.sizes].sort((a, b) => a[0] - b[0])) {
      seen += n;
      if (seen >= target) return size;
    }
    return 0;
  }

  manifest(options: CorpusOptions, hubs: Hub[]): CorpusManifest {
    const total = KINDS.reduce((n, k) => n + this.entities[k], 0);
    return {
      generator: 'src/bench/corpus.generator.ts',
      options: { entities: options.entities, seed: options.seed, text: options.text ?? false },
      articles: this.articles,
      firstPublished: this.firstPublished,
      lastPublished: this.lastPublished,
      entities: { ...this.entities, total },
      redeclared: { ...this.redeclared },
      facts: structuredClone(this.facts),
      factsPerArticle: {
        mean: this.articles ? Math.round((this.facts.total / this.articles) * 10) / 10 : 0,
        median: this.quantile(0.5),
        p90: this.quantile(0.9),
        p99: this.quantile(0.99),
        max: Math.max(0, ...this.sizes.keys()),
      },
      bytes: { ...this.bytes },
      hubs,
    };
  }
}
