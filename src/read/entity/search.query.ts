import type { Page } from '../../core/keyset';
import type { EntityRecord } from '../../model/entity.model';
import { nameKeys, normalizeName, phoneticKey, plainKeys, withoutHonorifics } from '../../model/names';

// Builds the Lucene query and the ranking inputs for search from user text. The text is normalised
// to letters, digits and spaces first (the same normalisation as the stored name keys, Arabic-script
// letter variants folded), and every term is still escaped, so nothing a user types can reach Lucene
// as syntax: "AND", "*", quotes and brackets are plain words or dropped.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_WORDS = new Set(['and', 'or', 'not', 'to']);
/** Words that join a name or a title but say nothing about which one ("Minister of Defence"). */
export const FILLER_WORDS = ['of', 'the', 'and', 'in', 'on', 'for', 'to', 'a', 'an', 'e', 'i', 'al', 'ul', 'el'];
const FILLERS = new Set(FILLER_WORDS);
/** Word runs longer than this are not looked up as names (names are rarely longer). */
const MAX_RUN_WORDS = 8;
/** Words past this many are searched for but not counted for coverage. */
const MAX_COVERED_WORDS = 16;
/** Words a search text contributes to the Lucene query; the rest are not searched for. */
const MAX_QUERY_TERMS = 40;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * One word: exact (boosted), as a prefix, as its phonetic form, and fuzzy from six letters (~2 from
 * nine). Shorter words get no edit distance: two edits in a five-letter name make another name
 * (Qalat in Zabul is not Kalat in Balochistan), and the phonetic key already joins the spellings a
 * short name really has.
 */
function termQuery(t: string, phonetic = true): string {
  const e = escapeLucene(t);
  // Lucene reads bare AND/OR/NOT as operators only in upper case; quote the rest anyway.
  const exact = LUCENE_WORDS.has(t) ? `"${e}"` : e;
  if (t.length < 3) return `${exact}^3`;
  const fuzz = t.length >= 9 ? 2 : t.length >= 6 ? 1 : 0;
  const sound = phonetic ? phoneticKey(t)?.slice(1) : undefined;
  const alternatives = [
    `${exact}^3`,
    `${e}*`,
    ...(sound && sound !== t ? [`${escapeLucene(sound)}^2`] : []),
    ...(fuzz ? [`${e}~${fuzz}`] : []),
  ];
  return `(${alternatives.join(' OR ')})`;
}

export interface SearchQuery {
  /** Lucene query string; empty when the text has no searchable characters. */
  query: string;
  /** Normalised keys of the whole text (with and without honorifics): an entity known by one ranks first. */
  keys: string[];
  /** Phonetic keys of the whole text: an entity known by one of them ranks right after. */
  phonetic: string[];
  /** Every run of words in the text as a name key → the words it covers (fillers not counted). */
  runs: Record<string, number>;
  /** The same runs as phonetic keys → the words they cover. */
  phoneticRuns: Record<string, number>;
  /** The text's words to cover (no fillers): an entity's names and offices together explain them. */
  words: string[];
}

const EMPTY: SearchQuery = { query: '', keys: [], phonetic: [], runs: {}, phoneticRuns: {}, words: [] };

/** Every run of consecutive words, keyed as stored keys are, with the number of words it covers. */
function wordRuns(terms: string[]): { runs: Record<string, number>; phoneticRuns: Record<string, number> } {
  const runs: Record<string, number> = {};
  const phoneticRuns: Record<string, number> = {};
  const counted = terms.slice(0, MAX_COVERED_WORDS);
  for (let i = 0; i < counted.length; i++) {
    for (let j = i + 1; j <= Math.min(counted.length, i + MAX_RUN_WORDS); j++) {
      const run = counted.slice(i, j);
      const covers = run.filter((w) => !FILLERS.has(w)).length;
      if (covers === 0) continue;
      const key = run.join(' ');
      runs[key] = Math.max(runs[key] ?? 0, covers);
      const p = phoneticKey(key);
      if (p) phoneticRuns[p] = Math.max(phoneticRuns[p] ?? 0, covers);
    }
  }
  return { runs, phoneticRuns };
}

export function buildSearchQuery(text: string): SearchQuery {
  // "Pakistan's defence minister": the words are Pakistan, defence, minister (the whole text, with
  // its possessive, is still a key: "Pakistan's military" is stored as it is written).
  const normalized = normalizeName(text.replace(/['’ʼ]s(?![\p{L}\p{N}])/giu, ''));
  const bare = withoutHonorifics(normalized) ?? normalized;
  // Capped like running text: 200 characters can normalise to hundreds of words (one ligature, ﷺ, is four),
  // and each word is several Lucene clauses.
  const terms = bare.split(' ').filter(Boolean).slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) return EMPTY;
  const keys = plainKeys([text, normalized]);
  const phonetic = nameKeys([text, normalized]).filter((k) => !keys.includes(k));
  const words = terms.slice(0, MAX_COVERED_WORDS).filter((w) => !FILLERS.has(w));
  const { runs, phoneticRuns } = wordRuns(terms);
  // The whole text explains every word, even when it is all fillers or carries honorifics.
  const all = Math.max(words.length, 1);
  for (const k of keys) runs[k] = all;
  for (const k of phonetic) phoneticRuns[k] = all;
  const base = { keys, phonetic, runs, phoneticRuns, words: words.length ? words : terms.slice(0, 1) };
  return { ...base, query: luceneQuery(terms, true) };
}

/**
 * The phrase ranks highest, then all terms together, then any single term: "Doha ceasefire" finds the
 * signing first, and "Pakistan India" still finds both countries.
 */
function luceneQuery(terms: string[], phonetic: boolean): string {
  const term = (t: string) => termQuery(t, phonetic);
  if (terms.length === 1) return term(terms[0]!);
  return [`"${terms.map(escapeLucene).join(' ')}"^4`, `(${terms.map(term).join(' AND ')})^2`, ...terms.map(term)].join(
    ' OR ',
  );
}

/**
 * The Lucene query for searching running text (claims and their quotes): words as the index reads them
 * (case and diacritics folded, an inner apostrophe kept: "pakistan's"), no name keys or phonetic forms.
 * Empty when the text has no searchable characters.
 */
export function buildTextQuery(text: string): string {
  const terms = text
    .normalize('NFKD')
    .replace(/(?=\p{M})[\p{sc=Zinh}\p{sc=Arab}]/gu, '')
    .toLowerCase()
    .replace(/[’ʼ`‘]/g, "'")
    .split(/[^\p{L}\p{M}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean)
    .slice(0, MAX_QUERY_TERMS);
  return terms.length ? luceneQuery(terms, false) : '';
}

/** How a search hit matched the text, strongest first. */
export const SEARCH_MATCHES = ['NAME', 'PHONETIC', 'TITLE', 'TEXT'] as const;
export type SearchMatch = (typeof SEARCH_MATCHES)[number];

export interface SearchHit {
  entity: EntityRecord;
  match: SearchMatch;
  /** The name, alias or office that explains the match; null for a match on words alone. */
  matchedName: string | null;
}

/** A page of hits, each edge carrying its entity as the node and how it matched. */
export type SearchPage = Page<EntityRecord> & {
  edges: { cursor: string; node: EntityRecord; match: SearchMatch; matchedName: string | null }[];
};

export function searchPage(page: Page<SearchHit>): SearchPage {
  return {
    ...page,
    edges: page.edges.map((e) => ({
      cursor: e.cursor,
      node: e.node.entity,
      match: e.node.match,
      matchedName: e.node.matchedName,
    })),
  };
}

/** The entity's own name or alias (or the office) behind the key search-entities matched. */
export function matchedName(
  entity: EntityRecord,
  match: SearchMatch,
  row: { matchedKey?: string | null; matchedOffice?: string | null },
): string | null {
  if (match === 'TITLE' && row.matchedOffice) return row.matchedOffice;
  const key = row.matchedKey;
  if (!key) return null;
  return [entity.name, ...entity.aliases].find((n) => nameKeys([n]).includes(key)) ?? null;
}
