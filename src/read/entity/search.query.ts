import { nameKeys, normalizeName, withoutHonorifics } from '../../model/names';

// Builds the Lucene query for entity search from user text. The text is normalised to letters,
// digits and spaces first, and every term is still escaped, so nothing a user types can reach
// Lucene as syntax: "AND", "*", quotes and brackets are plain words or dropped.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_WORDS = new Set(['and', 'or', 'not', 'to']);

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

function termQuery(t: string): string {
  const e = escapeLucene(t);
  // Lucene reads bare AND/OR/NOT as operators only in upper case; quote the rest anyway.
  const exact = LUCENE_WORDS.has(t) ? `"${e}"` : e;
  if (t.length < 3) return `${exact}^3`;
  const fuzz = t.length >= 7 ? 2 : t.length >= 4 ? 1 : 0;
  return `(${exact}^3 OR ${e}*${fuzz ? ` OR ${e}~${fuzz}` : ''})`;
}

export interface SearchQuery {
  /** Lucene query string; empty when the text has no searchable characters. */
  query: string;
  /** Normalised keys of the whole text: an entity known by one of them ranks first. */
  keys: string[];
}

export function buildSearchQuery(text: string): SearchQuery {
  const normalized = normalizeName(text);
  const bare = withoutHonorifics(normalized) ?? normalized;
  const terms = bare.split(' ').filter(Boolean);
  if (terms.length === 0) return { query: '', keys: [] };
  if (terms.length === 1) return { query: termQuery(terms[0]!), keys: nameKeys([text]) };
  // The phrase ranks highest, then all terms together, then any single term: "Doha ceasefire" finds
  // the signing first, and "Pakistan India" still finds both countries.
  const parts = [
    `"${terms.map(escapeLucene).join(' ')}"^4`,
    `(${terms.map(termQuery).join(' AND ')})^2`,
    ...terms.map(termQuery),
  ];
  return { query: parts.join(' OR '), keys: nameKeys([text]) };
}
