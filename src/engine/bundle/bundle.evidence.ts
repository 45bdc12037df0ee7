import fs from 'node:fs';
import path from 'node:path';
import type { Bundle, SourceInput } from './bundle.schema';
import { speakerLabel, type BundleProblem } from './bundle.validator';

/** Folds whitespace and typographic quotes so an excerpt matches across line breaks. */
function foldText(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

type Facts = Pick<
  Bundle,
  'entities' | 'events' | 'positions' | 'claims' | 'relationships' | 'participations' | 'figures' | 'stances'
>;

interface Excerpt {
  fact: string;
  field: string;
  text: string;
}

/** Every excerpt a bundle copies from its article (evidence and quotes), named like validation problems. */
function excerpts(b: Facts): Excerpt[] {
  const out: Excerpt[] = [];
  const add = (fact: string, field: string, s: SourceInput) => {
    if (s.evidence) out.push({ fact, field: `${field}evidence`, text: s.evidence });
  };
  b.entities.forEach((e, i) => add(`entities[${i}] (${e.id})`, 'source.', e.source));
  b.events.forEach((e, i) => {
    add(`events[${i}] (${e.id})`, 'source.', e.source);
    e.participants.forEach((p, j) => add(`events[${i}] (${e.id})`, `participants[${j}].source.`, p.source));
  });
  b.positions.forEach((p, i) => add(`positions[${i}] (${p.personId})`, 'source.', p.source));
  b.claims.forEach((c, i) => {
    const fact = `claims[${i}] (${c.id})`;
    add(fact, 'source.', c.source);
    c.stances.forEach((s, j) => {
      add(fact, `stances[${j}].source.`, s.source);
      if (s.quote) out.push({ fact, field: `stances[${j}].quote`, text: s.quote });
    });
  });
  b.relationships.forEach((r, i) => add(`relationships[${i}] (${r.type} ${r.from} → ${r.to})`, 'source.', r.source));
  b.participations.forEach((p, i) => add(`participations[${i}] (${p.actorId} → ${p.eventId})`, 'source.', p.source));
  b.figures.forEach((f, i) => add(`figures[${i}] (${f.id})`, 'source.', f.source));
  b.stances.forEach((s, i) => {
    const fact = `stances[${i}] (${speakerLabel(s)} ${s.stance} ${s.claimId})`;
    add(fact, 'source.', s.source);
    if (s.quote) out.push({ fact, field: 'quote', text: s.quote });
  });
  return out;
}

const around = (s: string, at: number, n = 30) => s.slice(at, at + n).trim();

/**
 * Where an excerpt stops matching the text: the longest start of it found verbatim, and what follows
 * there in the text and in the excerpt ("matches up to …; the text goes on "began", the excerpt "started"").
 */
export function whereItDiffers(excerpt: string, text: string): string {
  let lo = 0;
  let hi = excerpt.length;
  // The longest prefix that occurs: occurrence is monotone in the prefix length.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(excerpt.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo < Math.min(12, excerpt.length)) return 'not found verbatim in the article (not even its first words)';
  const prefix = excerpt.slice(0, lo);
  const at = text.indexOf(prefix) + prefix.length;
  const tail = prefix.slice(-40).trimStart();
  return (
    `not found verbatim in the article: it matches up to "…${tail}", then the text has ` +
    `"${around(text, at)}" where the excerpt has "${around(excerpt, lo)}"`
  );
}

/** Excerpts (evidence and quotes) that are not verbatim in the article text, each saying where it differs. */
export function checkEvidence(b: Facts, articleText: string): BundleProblem[] {
  const text = foldText(articleText);
  return excerpts(b).flatMap(({ fact, field, text: raw }) => {
    const excerpt = foldText(raw);
    return text.includes(excerpt) ? [] : [{ fact, field, message: whereItDiffers(excerpt, text) }];
  });
}

/** `article.file` of a bundle not yet validated (the CLI and the seed read the text before ingesting). */
export function articleFileOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('article' in raw)) return null;
  const article: unknown = raw.article;
  if (typeof article !== 'object' || article === null || !('file' in article)) return null;
  return typeof article.file === 'string' ? article.file : null;
}

export function readArticleFile(file: string, bundleDir: string): string | null {
  const p = path.resolve(bundleDir, file);
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
}

/** Facts whose evidence (or quote) is not verbatim in the article; null when the text is unavailable. */
export function findUnsupportedEvidence(b: Bundle, bundleDir: string): string[] | null {
  const text = b.article.file ? readArticleFile(b.article.file, bundleDir) : null;
  if (text === null) return null;
  return checkEvidence(b, text).map((p) => `${p.fact} → ${p.field}: ${p.message}`);
}
