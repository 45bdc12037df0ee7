// Mention linker: finds where known entities are named in an article's text, and collects the
// capitalised name-like phrases that named nothing known so editors can review them. Pure and
// deterministic: no database, no model, the same input always gives the same output.
//
// Matching rules (kept in agreement with entity resolution in ../ingest/name.normalizer):
// - Text and dictionary names go through the same tokeniser, and every token through
//   `normalizeName`, so matching ignores case, diacritics and punctuation ("Türkiye" = "Turkiye",
//   ’ = '). Hyphens and spaces both separate tokens ("Tehreek-e-Taliban" = "Tehreek e Taliban").
// - Dotted single letters are one token ("K.P." = "KP"); resolution's normalizeName would read
//   "K.P." as "k p", but editors write the alias as "KP" and the text as either.
// - Matches cover whole tokens only ("Asif" never inside "Asifabad", "KP" never inside "KPK").
//   A possessive 's/’s may follow the last token; the mention then stops before it.
// - Tokens of one match may be separated by spaces, hyphens, brackets or quotes, but not by a line
//   break or clause punctuation (, ; : ! ? … and Arabic script's ، ؛ ؟ ۔), nor by a full stop unless it
//   closes an initial or an abbreviated title ("Gen. Asim Munir"): "in Dera. Bugti said" is not "Dera
//   Bugti".
// - Arabic script is matched as names are keyed: letter variants of Urdu, Persian, Pashto and Arabic
//   keyboards fold, harakat and tatweel drop, and a zero-width non-joiner separates words, so "پاكستان"
//   typed on an Arabic keyboard is a mention of "پاکستان".
// - Every name is also known without its leading honorifics (as `nameKeys` does), and capitalised
//   honorifics right before a match join its span: "Mullah Mohammad Yaqoob Mujahid" is one mention
//   of "Mohammad Yaqoob Mujahid" starting at "Mullah". "the" stays out of spans although resolution
//   drops it too: it is an article in running text, not a title.
// - Short all-caps names (2–5 letters, e.g. "TTP", "KP", "US") match only all-caps text, because
//   lower-case they collide with common words ("us", "it").
// - Overlaps: the match with more tokens wins, then the longer span, then the earlier start.
// - Several entities on the same span: preferred name before alias, exact name before the
//   honorific-stripped form, then the longer matched name, then id. When more than one entity
//   matched, the mention carries `ambiguous: true` and the other ids in `alternatives` even if the
//   preferred-name rule chose, because a surface like "Islamabad" often means the government, not
//   the city, and only an editor can tell.
//
// Candidate rules (a run of capitalised words that no mention fully explains):
// - Words start with an upper-case letter; "al", "e", "i", "ul", "ud", "bin", "ibn", "de", "of" and
//   similar connectors may sit between them; hyphenated words count only when every part is
//   capitalised or a connector ("Lashkar-e-Taiba" yes, "Indian-sponsored" no).
// - A run breaks at anything but spaces or a hyphen (". " is allowed after an initial or an
//   abbreviated title), at a possessive (which ends it), at stop words that are capitalised only
//   because a sentence starts with them (The, While, Both, However, Citing …) and at month and
//   weekday names, which are dates rather than entities.
// - Known names inside a run: a run that ends in a mention leaves out the mention ("Defence
//   Minister" before "Khawaja Asif" — usually a title); a mention followed by more capitalised
//   words, or joined by a connector ("Government of Pakistan"), is part of a longer unknown name
//   ("Pakistan TV Digital", "Balochistan Liberation Army"), so the whole run is the candidate and
//   overlaps that mention. Every candidate holds at least one word no mention covers.
// - 1 to 5 capitalised words; single letters only as initials.
// - A single word at the start of a sentence, line or quotation is capitalised for grammar, not
//   because it is a name: it is kept only when the same word is also capitalised mid-sentence
//   somewhere in the text ("Pakistani" yes, "Clashes"/"Weapons" no). Such an opener followed by a
//   connector is dropped too ("Fighters of Lashkar-e-Taiba" gives "Lashkar-e-Taiba").
// - Headline lines (mostly all-caps, or Title Case with at least four long words and no closing
//   full stop) give no candidates, since their capitals say nothing; all-caps words elsewhere are
//   kept because they are acronyms, credits and datelines (ISPR, REUTERS, PESHAWAR:), which are
//   names.
// - Deduplicated by exact surface, with the count and the first position, ordered by position.

import { normalizeName, withoutHonorifics } from '../../model/names';

export interface MentionEntity {
  id: string;
  kind: string;
  /** Preferred name first, then aliases. */
  names: string[];
}

export interface Mention {
  entityId: string;
  kind: string;
  /** Exactly text.slice(start, end). */
  surface: string;
  /** UTF-16 offsets into the original text; end exclusive. */
  start: number;
  end: number;
  /** The dictionary name (preferred or alias) that matched. */
  matchedName: string;
  /** Set when other entities matched the same span too. */
  ambiguous?: true;
  /** The other entities' ids, best first. */
  alternatives?: string[];
}

interface Candidate {
  surface: string;
  /** First occurrence. */
  start: number;
  end: number;
  count: number;
}

export interface MentionMatches {
  mentions: Mention[];
  candidates: Candidate[];
}

interface NameEntry {
  entity: number;
  name: string;
  preferred: boolean;
  /** false for the honorific-stripped form of a name. */
  exact: boolean;
  /** Short all-caps name: needs all-caps text. */
  acronym: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: NameEntry[];
}

/** A compiled dictionary; build once, link many texts. */
export interface MentionIndex {
  readonly entities: readonly MentionEntity[];
  readonly root: TrieNode;
}

interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
  /** For a possessive ("Pakistan’s"): where the stem ends, and its key. */
  stemEnd?: number;
  stemKey?: string;
  /** Every letter (of the stem) is upper-case. */
  upper: boolean;
  capitalised: boolean;
  /** Dotted letters ("K.P."). */
  abbrev: boolean;
}

const TOKEN_RE =
  /(?<![\p{L}\p{M}\p{N}])(?:\p{L}\p{M}*\.)+\p{L}\p{M}*\.?(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’ʼ‘`][\p{L}\p{M}\p{N}]+)*|&/gu;
const POSSESSIVE_RE = /^(.+)['’ʼ‘`][sS]$/u;
const UPPER_START_RE = /^[\p{Lu}\p{Lt}]/u;
const LETTER_RE = /\p{L}/u;

const keyCache = new Map<string, string>();
/** normalizeName per token; ‘ and ʻ count as apostrophes (the normaliser only knows ' ’ ` ʼ). */
function tokenKey(raw: string): string {
  let k = keyCache.get(raw);
  if (k === undefined) {
    k = normalizeName(raw.replace(/[‘ʻ]/g, "'").replace(/\./g, ''));
    if (keyCache.size > 100_000) keyCache.clear();
    keyCache.set(raw, k);
  }
  return k;
}

function isAllUpper(s: string): boolean {
  return LETTER_RE.test(s) && s === s.toUpperCase() && s !== s.toLowerCase();
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index;
    const key = tokenKey(raw);
    if (!key) continue;
    const tok: Token = {
      start,
      end: start + raw.length,
      text: raw,
      key,
      upper: isAllUpper(raw),
      capitalised: UPPER_START_RE.test(raw),
      abbrev: raw.includes('.'),
    };
    const poss = POSSESSIVE_RE.exec(raw);
    if (poss) {
      const stem = poss[1]!;
      const stemKey = tokenKey(stem);
      if (stemKey) {
        tok.stemEnd = start + stem.length;
        tok.stemKey = stemKey;
        tok.upper = isAllUpper(stem);
      }
    }
    out.push(tok);
  }
  return out;
}

const honorificCache = new Map<string, boolean>();
/**
 * Asks the resolver's own honorific list (not exported) by probing `withoutHonorifics`, so the
 * linker follows it when it changes.
 */
function isHonorific(key: string): boolean {
  let h = honorificCache.get(key);
  if (h === undefined) {
    h = !key.includes(' ') && withoutHonorifics(`${key} x`) === 'x';
    honorificCache.set(key, h);
  }
  return h;
}

/** A title written short enough to take a full stop ("Gen.", "Dr."), or an initial. */
function takesAbbreviationDot(t: Token): boolean {
  return (t.key.length === 1 && !t.abbrev) || (t.key.length <= 5 && isHonorific(t.key));
}

/** Whether tokens[j-1] and tokens[j] may belong to one name. */
function joinable(text: string, prev: Token, next: Token): boolean {
  const gap = text.slice(prev.end, next.start);
  // Clause punctuation of Latin and of Arabic script (Arabic comma, semicolon, question mark; Urdu full stop).
  if (/[\n\r,;:!?…،؛؟۔]/.test(gap)) return false;
  if (gap.includes('.')) return /^\.[^.]*$/.test(gap) && takesAbbreviationDot(prev);
  return true;
}

function nameTokens(name: string): Token[] {
  return tokenize(name);
}

function insert(root: TrieNode, keys: string[], entry: NameEntry): void {
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) {
      child = { next: new Map(), entries: [] };
      node.next.set(k, child);
    }
    node = child;
  }
  const same = node.entries.find((e) => e.entity === entry.entity);
  if (!same) node.entries.push(entry);
  else {
    // Same order as compareEntries, so the kept name does not depend on dictionary order.
    const better =
      strength(entry) - strength(same) ||
      entry.name.length - same.name.length ||
      (entry.name < same.name ? 1 : entry.name > same.name ? -1 : 0);
    if (better > 0) node.entries[node.entries.indexOf(same)] = entry;
  }
}

function strength(e: NameEntry): number {
  return (e.preferred ? 2 : 0) + (e.exact ? 1 : 0);
}

export function buildMentionIndex(entities: readonly MentionEntity[]): MentionIndex {
  const root: TrieNode = { next: new Map(), entries: [] };
  const seen = new Set<string>();
  const list = entities.map((e) => ({ id: e.id, kind: e.kind, names: [...e.names] }));
  list.forEach((e, entity) => {
    if (seen.has(e.id)) throw new Error(`buildMentionIndex: duplicate entity id ${e.id}`);
    seen.add(e.id);
    e.names.forEach((name, i) => {
      const toks = nameTokens(name);
      if (toks.length === 0) return;
      const keys = toks.map((t) => t.key);
      const letters = name.replace(/[^\p{L}]/gu, '');
      const acronym = toks.length === 1 && letters.length >= 2 && letters.length <= 5 && isAllUpper(letters);
      const preferred = i === 0;
      insert(root, keys, { entity, name, preferred, exact: true, acronym });
      let h = 0;
      while (h < keys.length - 1 && isHonorific(keys[h]!)) h++;
      if (h > 0) insert(root, keys.slice(h), { entity, name, preferred, exact: false, acronym: false });
    });
  });
  return { entities: list, root };
}

/** Longest name, in words, the linker looks up: names are rarely longer. */
const MAX_NAME_TOKENS = 12;

/**
 * The keys a name can be matched by: its words' keys joined by spaces, with and without leading
 * honorifics. Stored with the entity's name keys, so a text's keys find it through the key index.
 */
export function mentionKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const toks = nameTokens(name).map((t) => t.key);
    if (!toks.length) continue;
    keys.add(toks.join(' '));
    let h = 0;
    while (h < toks.length - 1 && isHonorific(toks[h]!)) h++;
    if (h > 0) keys.add(toks.slice(h).join(' '));
  }
  return [...keys];
}

/** Every key a dictionary name would need to match somewhere in this text (runs of joinable words). */
export function textKeys(text: string): string[] {
  const tokens = tokenize(text);
  const keys = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const run: string[] = [];
    for (let j = i; j < tokens.length && j - i < MAX_NAME_TOKENS; j++) {
      if (j > i && !joinable(text, tokens[j - 1]!, tokens[j]!)) break;
      const t = tokens[j]!;
      if (t.stemKey !== undefined) keys.add([...run, t.stemKey].join(' '));
      run.push(t.key);
      keys.add(run.join(' '));
    }
  }
  return [...keys];
}

/** "the" is on the resolver's list, but in running text it is an article, not a title. */
function isTitleBefore(t: Token): boolean {
  return t.capitalised && t.key !== 'the' && isHonorific(t.key);
}

interface Span {
  firstTok: number;
  lastTok: number;
  start: number;
  end: number;
  entries: NameEntry[];
}

function findMatches(index: MentionIndex, text: string, tokens: Token[], join: boolean[]): Span[] {
  const spans = new Map<string, Span>();
  const add = (first: number, last: number, end: number, entries: NameEntry[], single: Token | null) => {
    const usable = entries.filter((e) => !e.acronym || (single !== null && single.upper));
    if (usable.length === 0) return;
    // Capitalised titles right before the name belong to the mention ("Mullah …", "Gen. …").
    let f = first;
    while (f > 0 && join[f] && isTitleBefore(tokens[f - 1]!)) f--;
    const start = tokens[f]!.start;
    const id = `${start}:${end}`;
    const span = spans.get(id);
    if (span) span.entries.push(...usable);
    else spans.set(id, { firstTok: f, lastTok: last, start, end, entries: [...usable] });
  };
  for (let i = 0; i < tokens.length; i++) {
    let node: TrieNode | undefined = index.root;
    for (let j = i; j < tokens.length && node; j++) {
      if (j > i && !join[j]) break;
      const t = tokens[j]!;
      const single = j === i ? t : null;
      if (t.stemKey !== undefined) {
        const stem = node.next.get(t.stemKey);
        if (stem && stem.entries.length) add(i, j, t.stemEnd!, stem.entries, single);
      }
      node = node.next.get(t.key);
      if (node && node.entries.length) add(i, j, t.end, node.entries, single);
    }
  }
  return [...spans.values()];
}

function compareEntries(entities: readonly MentionEntity[]) {
  return (a: NameEntry, b: NameEntry): number =>
    strength(b) - strength(a) ||
    b.name.length - a.name.length ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (entities[a.entity]!.id < entities[b.entity]!.id ? -1 : entities[a.entity]!.id > entities[b.entity]!.id ? 1 : 0);
}

function selectMentions(
  index: MentionIndex,
  text: string,
  tokens: Token[],
  spans: Span[],
): { mentions: Mention[]; owner: Int32Array } {
  spans.sort(
    (a, b) =>
      b.lastTok - b.firstTok - (a.lastTok - a.firstTok) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const owner = new Int32Array(tokens.length).fill(-1);
  const chosen: Span[] = [];
  for (const s of spans) {
    let free = true;
    for (let k = s.firstTok; k <= s.lastTok && free; k++) free = owner[k] === -1;
    if (!free) continue;
    for (let k = s.firstTok; k <= s.lastTok; k++) owner[k] = chosen.length;
    chosen.push(s);
  }
  const byEntry = compareEntries(index.entities);
  const mentions = chosen.map((s): Mention => {
    const best = new Map<number, NameEntry>();
    for (const e of s.entries) {
      const prev = best.get(e.entity);
      if (!prev || byEntry(e, prev) < 0) best.set(e.entity, e);
    }
    const ranked = [...best.values()].sort(byEntry);
    const top = ranked[0]!;
    const entity = index.entities[top.entity]!;
    const m: Mention = {
      entityId: entity.id,
      kind: entity.kind,
      surface: text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      matchedName: top.name,
    };
    if (ranked.length > 1) {
      m.ambiguous = true;
      m.alternatives = ranked.slice(1).map((e) => index.entities[e.entity]!.id);
    }
    return m;
  });
  // owner[] holds positions in `chosen`; renumber to the position-sorted order returned.
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  const rank = new Int32Array(order.length);
  order.forEach((orig, sorted) => (rank[orig] = sorted));
  for (let k = 0; k < owner.length; k++) if (owner[k]! >= 0) owner[k] = rank[owner[k]!]!;
  return { mentions: order.map((i) => mentions[i]!), owner };
}

// ---------------------------------------------------------------------------------------------
// Candidates

const STOP_WORDS = new Set(
  (
    'the a an in on at to for from by with as of into onto upon about it its this that these those he she they we ' +
    'you i his her their our my your him them us me who whom whose which what why how when where there here then ' +
    'than but and or nor so yet if though although because since until unless while after before during despite ' +
    'both however separately citing meanwhile also still even thus hence moreover furthermore nevertheless many ' +
    'most some all any each every several such no not none one two three four five six seven eight nine ten first ' +
    'second third last next earlier later over under according asked speaking addressing regarding following ' +
    'yesterday today tomorrow tonight now instead indeed perhaps'
  ).split(' '),
);

const CALENDAR_WORDS = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun ' +
    'jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu ' +
    'thur thurs fri sat sun'
  ).split(' '),
);

const CONNECTORS = new Set(
  'al el e i ul ur ud us bin ibn bint de da di du del della des van von der den la le of'.split(' '),
);

const HYPHEN_GAP = /^[-‐‑]$/;
const SPACE_GAP = /^[ \t\u00a0]+$/;
const DOT_SPACE_GAP = /^\.[ \t\u00a0]+$/;
const OPENERS = /[ \t\u00a0“‘"'([«]/;

function isConnector(t: Token): boolean {
  return !t.capitalised && CONNECTORS.has(t.text);
}

/** Start of text, line, sentence or quotation: a capital there proves nothing. */
function sentenceInitial(text: string, tokens: Token[], k: number): boolean {
  let p = tokens[k]!.start - 1;
  while (p >= 0 && OPENERS.test(text[p]!)) p--;
  if (p < 0 || text[p] === '\n' || text[p] === '\r') return true;
  const c = text[p]!;
  if (c === '.') {
    const prev = tokens[k - 1];
    if (prev && prev.end === p + 1 && prev.abbrev) return false;
    if (prev && prev.end === p && takesAbbreviationDot(prev)) return false;
    return true;
  }
  return /[!?:•…]/.test(c);
}

/** Lines whose capitals are typography, not names. */
function headlineTokens(text: string, tokens: Token[]): Uint8Array {
  const flag = new Uint8Array(tokens.length);
  let k = 0;
  let lineStart = 0;
  while (lineStart <= text.length && k < tokens.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const first = k;
    while (k < tokens.length && tokens[k]!.start < lineEnd) k++;
    let words = 0;
    let upper = 0;
    let long = 0;
    let longCap = 0;
    for (let i = first; i < k; i++) {
      const t = tokens[i]!;
      const letters = t.text.replace(/[^\p{L}]/gu, '').length;
      if (letters >= 2) {
        words++;
        if (t.upper) upper++;
      }
      if (letters >= 4) {
        long++;
        if (t.capitalised) longCap++;
      }
    }
    // Title Case needs the missing full stop too: a sentence dense with names ends with one.
    const line = text.slice(lineStart, lineEnd).trimEnd();
    const titleCase = long >= 4 && longCap / long >= 0.8 && !/[.!?"”’]$/.test(line);
    const headline = (words >= 3 && upper / words >= 0.8) || titleCase;
    if (headline) for (let i = first; i < k; i++) flag[i] = 1;
    lineStart = lineEnd + 1;
  }
  return flag;
}

type Gap = 'space' | 'hyphen' | 'dot' | null;

/** One pass over a text's tokens collecting candidates; each step of the candidate rules is a method. */
class CandidateScan {
  private readonly n: number;
  private readonly initial: Uint8Array;
  private readonly capWord: Uint8Array;
  private readonly midSentence = new Set<string>();
  private readonly found = new Map<string, Candidate>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly owner: Int32Array,
  ) {
    this.n = tokens.length;
    this.initial = new Uint8Array(this.n);
    for (let k = 0; k < this.n; k++) this.initial[k] = sentenceInitial(text, tokens, k) ? 1 : 0;
    this.capWord = this.nameLikeWords(headlineTokens(text, tokens));
    this.dropHyphenatedNonNames();
    // Capitalised words seen mid-sentence vouch for the same word at a sentence start.
    for (let k = 0; k < this.n; k++) if (this.capWord[k] && !this.initial[k]) this.midSentence.add(tokens[k]!.text);
  }

  private tok(k: number): Token {
    return this.tokens[k]!;
  }

  private gapAfter(k: number): Gap {
    if (k + 1 >= this.n) return null;
    const gap = this.text.slice(this.tok(k).end, this.tok(k + 1).start);
    if (HYPHEN_GAP.test(gap)) return 'hyphen';
    if (SPACE_GAP.test(gap)) return 'space';
    if (DOT_SPACE_GAP.test(gap) && takesAbbreviationDot(this.tok(k))) return 'dot';
    return null;
  }

  /** A capitalised word is name-like unless it is a stop word, a date or a lone letter (not an initial). */
  private nameLikeWords(headline: Uint8Array): Uint8Array {
    const capWord = new Uint8Array(this.n);
    for (let k = 0; k < this.n; k++) {
      const t = this.tok(k);
      if (!t.capitalised || headline[k]) continue;
      const stemKey = t.stemKey ?? t.key;
      if (CALENDAR_WORDS.has(stemKey)) continue;
      const initialLetter = t.key.length === 1 && !t.abbrev;
      if (initialLetter && this.gapAfter(k) !== 'dot') continue;
      if (!initialLetter && STOP_WORDS.has(stemKey)) continue;
      capWord[k] = 1;
    }
    return capWord;
  }

  /** A hyphenated word is a name only as a whole ("Lashkar-e-Taiba" yes, "Indian-sponsored" no). */
  private dropHyphenatedNonNames(): void {
    for (let a = 0; a < this.n;) {
      let b = a;
      while (b + 1 < this.n && this.tok(b).stemEnd === undefined && this.gapAfter(b) === 'hyphen') b++;
      if (b > a) {
        let ok = this.capWord[b] === 1;
        for (let k = a; k <= b && ok; k++) ok = this.capWord[k] === 1 || isConnector(this.tok(k));
        if (!ok) for (let k = a; k <= b; k++) this.capWord[k] = 0;
      }
      a = b + 1;
    }
  }

  /** A connector may open a name only when hyphenated to it ("al-Qaeda"), never as a loose word. */
  private opensName(k: number): boolean {
    return isConnector(this.tok(k)) && this.gapAfter(k) === 'hyphen' && this.capWord[k + 1] === 1;
  }

  private vouched(k: number): boolean {
    return !this.initial[k] || this.midSentence.has(this.tok(k).text);
  }

  /** Trims a piece to its name-like words and records it, when it is a name nobody knows yet. */
  private emit(piece: number[]): void {
    // "Fighters of Lashkar-e-Taiba": an unvouched sentence opener before a connector is prose.
    const opener = piece[0];
    if (opener !== undefined && !this.vouched(opener) && piece.length > 1 && isConnector(this.tok(piece[1]!)))
      piece.shift();
    while (piece.length && !this.capWord[piece[0]!] && !this.opensName(piece[0]!)) piece.shift();
    while (piece.length && !this.capWord[piece[piece.length - 1]!]) piece.pop();
    if (piece.length === 0) return;
    if (!piece.some((k) => this.owner[k] === -1 && this.capWord[k])) return;
    if (piece.filter((k) => this.capWord[k]).length > 5) return;
    if (piece.length === 1 && !this.vouched(piece[0]!)) return;
    const start = this.tok(piece[0]!).start;
    const last = this.tok(piece[piece.length - 1]!);
    const end = last.stemEnd ?? last.end;
    const surface = this.text.slice(start, end);
    const seen = this.found.get(surface);
    if (seen) seen.count++;
    else this.found.set(surface, { surface, start, end, count: 1 });
  }

  /** Name-like words, known-name tokens and connectors joined by spaces or hyphens, from k on. */
  private collectRun(k: number): number[] {
    const run: number[] = [];
    for (let j = k; j < this.n; j++) {
      const t = this.tok(j);
      const member = this.capWord[j] || this.owner[j] !== -1 || (run.length > 0 ? isConnector(t) : this.opensName(j));
      if (!member) break;
      run.push(j);
      if (t.stemEnd !== undefined || this.gapAfter(j) === null) break;
    }
    return run;
  }

  /** Splits a run around known names (see the header for why each way) and emits the unknown parts. */
  private splitRun(run: number[]): void {
    let cur: number[] = [];
    let curHasUnknown = false;
    for (let r = 0; r < run.length;) {
      const idx = run[r]!;
      if (this.owner[idx] === -1) {
        cur.push(idx);
        if (this.capWord[idx]) curHasUnknown = true;
        r++;
        continue;
      }
      const m = this.owner[idx];
      const block: number[] = [];
      while (r < run.length && this.owner[run[r]!] === m) block.push(run[r++]!);
      const lastCur = cur[cur.length - 1];
      if (curHasUnknown && lastCur !== undefined && isConnector(this.tok(lastCur))) {
        cur.push(...block);
      } else {
        if (curHasUnknown) this.emit(cur);
        cur = block;
        curHasUnknown = false;
      }
    }
    if (curHasUnknown) this.emit(cur);
  }

  candidates(): Candidate[] {
    for (let k = 0; k < this.n;) {
      const run = this.capWord[k] || this.owner[k] !== -1 || this.opensName(k) ? this.collectRun(k) : [];
      if (run.length === 0) {
        k++;
        continue;
      }
      k = run[run.length - 1]! + 1;
      this.splitRun(run);
    }
    return [...this.found.values()].sort((a, b) => a.start - b.start);
  }
}

function findCandidates(text: string, tokens: Token[], owner: Int32Array): Candidate[] {
  return new CandidateScan(text, tokens, owner).candidates();
}

/** Links one text against a compiled dictionary. */
export function matchMentions(index: MentionIndex, text: string): MentionMatches {
  const tokens = tokenize(text);
  const join = tokens.map((t, j) => j > 0 && joinable(text, tokens[j - 1]!, t));
  const spans = findMatches(index, text, tokens, join);
  const { mentions, owner } = selectMentions(index, text, tokens, spans);
  return { mentions, candidates: findCandidates(text, tokens, owner) };
}

/** One-off convenience: compiles the dictionary and links one text. */
export function findMentions(text: string, entities: readonly MentionEntity[]): MentionMatches {
  return matchMentions(buildMentionIndex(entities), text);
}
