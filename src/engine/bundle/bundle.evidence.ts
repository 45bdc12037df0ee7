import fs from 'node:fs';
import path from 'node:path';
import type { Bundle, SourceInput } from './bundle.schema';

/** Folds whitespace and typographic quotes so an excerpt matches across line breaks. */
function foldText(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every source in a bundle, with a label naming its fact. */
function allSources(b: Bundle): { fact: string; source: SourceInput }[] {
  const out: { fact: string; source: SourceInput }[] = [];
  b.entities.forEach((e) => out.push({ fact: e.id, source: e.source }));
  b.events.forEach((e) => {
    out.push({ fact: e.id, source: e.source });
    e.participants.forEach((p) => out.push({ fact: `${e.id} participant ${p.actorId}`, source: p.source }));
  });
  b.positions.forEach((p) => out.push({ fact: `position ${p.personId} ${p.office.id}`, source: p.source }));
  b.claims.forEach((c) => {
    out.push({ fact: c.id, source: c.source });
    c.stances.forEach((s) => out.push({ fact: `${c.id} ${s.stance} ${s.actorId}`, source: s.source }));
  });
  b.relationships.forEach((r) => out.push({ fact: `${r.type} ${r.from} → ${r.to}`, source: r.source }));
  b.participations.forEach((p) => out.push({ fact: `${p.actorId} in ${p.eventId}`, source: p.source }));
  b.figures.forEach((f) => out.push({ fact: f.id, source: f.source }));
  return out;
}

/** `article.file` of a bundle not yet validated (the CLI and the seed read the text before ingesting). */
export function articleFileOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('article' in raw)) return null;
  const article: unknown = raw.article;
  if (typeof article !== 'object' || article === null || !('file' in article)) return null;
  return typeof article.file === 'string' ? article.file : null;
}

/** The article text named by `article.file`, a path relative to the bundle's own folder; null when absent. */
function readArticleText(b: Pick<Bundle, 'article'>, bundleDir: string): string | null {
  return b.article.file ? readArticleFile(b.article.file, bundleDir) : null;
}

export function readArticleFile(file: string, bundleDir: string): string | null {
  const p = path.resolve(bundleDir, file);
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
}

/** Facts whose evidence (or quote) is not verbatim in the article; null when the text is unavailable. */
export function findUnsupportedEvidence(b: Bundle, bundleDir: string): string[] | null {
  const textRaw = readArticleText(b, bundleDir);
  if (textRaw === null) return null;
  const text = foldText(textRaw);
  const bad: string[] = [];
  for (const { fact, source } of allSources(b)) {
    if (source.evidence && !text.includes(foldText(source.evidence))) bad.push(`${fact}: "${source.evidence}"`);
  }
  b.claims.forEach((c) =>
    c.stances.forEach((s) => {
      if (s.quote && !text.includes(foldText(s.quote))) bad.push(`${c.id} quote by ${s.actorId}: "${s.quote}"`);
    }),
  );
  return bad;
}
