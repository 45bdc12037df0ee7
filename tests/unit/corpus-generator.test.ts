import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusGenerator, CorpusStats, type GeneratedArticle } from '../../src/bench/corpus.generator';
import { findUnsupportedEvidence } from '../../src/engine/bundle/bundle.evidence';
import type { Bundle } from '../../src/engine/bundle/bundle.schema';
import { validateBundle } from '../../src/engine/bundle/bundle.validator';
import { nameKeys, normalizeName } from '../../src/model/names';
import { EVENT_SUBTYPES, EVENT_TYPES } from '../../src/model/vocabulary';

// The synthetic corpus (src/bench/corpus.generator.ts) at a small size, fully in memory: every bundle
// must be one the ingester accepts in file-name order, with the variety and skew the benchmarks rely on.

const ENTITIES = 2000;

function generate(seed: number): { generator: CorpusGenerator; articles: GeneratedArticle[] } {
  const generator = new CorpusGenerator({ entities: ENTITIES, seed, text: true });
  return { generator, articles: [...generator.articles()] };
}

const { generator, articles } = generate(1);
const bundles: Bundle[] = articles.map((a) => validateBundle(a.bundle).bundle);

/** Whether two strings are one insertion, deletion or substitution apart. */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const restA = a.slice(i + (a.length >= b.length ? 1 : 0));
  const restB = b.slice(i + (b.length >= a.length ? 1 : 0));
  return restA === restB;
}

/** Every source of a bundle's facts. */
function sourcesOf(b: Bundle): Bundle['entities'][number]['source'][] {
  return [
    ...b.entities.map((e) => e.source),
    ...b.events.flatMap((e) => [e.source, ...e.participants.map((p) => p.source)]),
    ...b.positions.map((p) => p.source),
    ...b.claims.flatMap((c) => [c.source, ...c.stances.map((s) => s.source)]),
    ...b.relationships.map((r) => r.source),
    ...b.participations.map((p) => p.source),
    ...b.figures.map((f) => f.source),
  ];
}

const isRedeclaredId = (id: string) => /\.v\d+$/.test(id);

/** Entities and events a bundle declares, with the names entity resolution matches on. */
function declaredIn(b: Bundle) {
  return [
    ...b.entities.map((e) => ({
      id: e.id,
      kind: e.kind as string,
      names: [e.name, ...e.aliases],
      isCountry: e.kind === 'PLACE' && e.placeType === 'COUNTRY',
    })),
    ...b.events.map((e) => ({ id: e.id, kind: 'EVENT', names: [e.name, ...e.aliases], isCountry: false })),
  ];
}

describe('the synthetic corpus generator', () => {
  it('creates exactly the entities asked for, in articles of tens of facts with a long tail', () => {
    const stats = new CorpusStats();
    articles.forEach((a) => stats.add(a));
    const m = stats.manifest({ entities: ENTITIES, seed: 1 }, generator.topHubs(5));
    expect(m.entities.total).toBe(ENTITIES);
    expect(generator.createdEntities).toBe(ENTITIES);
    expect(m.articles).toBe(articles.length);
    expect(m.factsPerArticle.mean).toBeGreaterThanOrEqual(15);
    expect(m.factsPerArticle.mean).toBeLessThanOrEqual(60);
    expect(m.factsPerArticle.max).toBeGreaterThan(3 * m.factsPerArticle.p90);
  });

  it('yields bundles that validate, with every excerpt and quote verbatim in the article text', () => {
    // The real evidence check, which reads article.file beside the bundle.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-corpus-'));
    try {
      articles.forEach((a, i) => {
        const b = bundles[i]!;
        expect(b.article.file).toBe(`${a.name}.txt`);
        fs.writeFileSync(path.join(dir, b.article.file!), a.text);
        expect(findUnsupportedEvidence(b, dir), a.name).toEqual([]);
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refers only to ids that an earlier bundle declared, with a kind each use allows', () => {
    const known = new Map<string, { kind: string; isCountry: boolean }>();
    let externals = 0;
    articles.forEach((a) => {
      const { bundle, external } = validateBundle(a.bundle);
      for (const [id, ref] of external) {
        externals += 1;
        const k = known.get(id);
        expect(k, `${a.name}: ${id}`).toBeDefined();
        if (k!.kind !== 'CLAIM') expect(ref.allowed, `${a.name}: ${id}`).toContain(k!.kind);
        if (ref.mustAct && k!.kind === 'PLACE') expect(k!.isCountry, `${a.name}: ${id} must be a country`).toBe(true);
      }
      for (const d of declaredIn(bundle)) if (!isRedeclaredId(d.id)) known.set(d.id, d);
      for (const c of bundle.claims) known.set(c.id, { kind: 'CLAIM', isCountry: false });
    });
    expect(externals).toBeGreaterThan(articles.length);
  });

  it('resolves by name as intended: a new entity matches nothing, a re-declared one exactly its original', () => {
    const known = new Map<string, string>(); // id → kind
    const byKey = new Map<string, Set<string>>(); // kind|name key → ids
    let byName = 0;
    for (const b of bundles) {
      const added: [string, string][] = [];
      for (const d of declaredIn(b)) {
        const kind = known.get(d.id);
        if (kind !== undefined) {
          expect(kind, d.id).toBe(d.kind); // declared again under its own id
          continue;
        }
        const hits = new Set(nameKeys(d.names).flatMap((k) => [...(byKey.get(`${d.kind}|${k}`) ?? [])]));
        if (isRedeclaredId(d.id)) {
          expect([...hits], d.id).toEqual([d.id.replace(/\.v\d+$/, '')]);
          byName += 1;
          continue;
        }
        expect([...hits], `${d.id} would merge into an existing entity`).toEqual([]);
        for (const k of nameKeys(d.names)) added.push([`${d.kind}|${k}`, d.id]);
      }
      // Entities of one bundle are resolved against the graph as it was before the bundle.
      for (const d of declaredIn(b)) if (!isRedeclaredId(d.id)) known.set(d.id, d.kind);
      for (const [key, id] of added) byKey.set(key, (byKey.get(key) ?? new Set()).add(id));
    }
    expect(byName).toBeGreaterThan(5);
  });

  it('is deterministic: the same seed gives identical bundles and texts, another seed different ones', () => {
    const dump = (list: GeneratedArticle[]) => JSON.stringify(list.map((a) => [a.name, a.bundle, a.text]));
    expect(dump(generate(1).articles)).toBe(dump(articles));
    expect(dump(generate(2).articles)).not.toBe(dump(articles));
  });

  it('has a skewed degree distribution: a few hubs, a long tail', () => {
    const degrees = generator.degrees().sort((a, b) => a - b);
    const median = degrees[Math.floor(degrees.length / 2)]!;
    const [top] = generator.topHubs(1);
    expect(top!.kind).toBe('PLACE'); // a country
    expect(top!.degree).toBe(degrees[degrees.length - 1]);
    expect(top!.degree).toBeGreaterThan(50 * Math.max(1, median));
  });

  it('has unique article ids, urls and titles, published in date order', () => {
    const list = bundles.map((b) => b.article);
    expect(new Set(list.map((a) => a.id)).size).toBe(list.length);
    expect(new Set(list.map((a) => a.url)).size).toBe(list.length);
    expect(new Set(list.map((a) => a.title)).size).toBe(list.length);
    const dates = list.map((a) => a.publishedDate);
    expect([...dates].sort()).toEqual(dates);
    expect(articles.map((a) => a.name)).toEqual([...articles.map((a) => a.name)].sort());
  });

  it('covers every section, event type and sub-type, date precision, basis and stance', () => {
    for (const section of [
      'entities',
      'events',
      'positions',
      'claims',
      'relationships',
      'participations',
      'figures',
    ] as const) {
      expect(
        bundles.some((b) => b[section].length > 0),
        section,
      ).toBe(true);
    }
    const events = bundles.flatMap((b) => b.events);
    expect(new Set(events.map((e) => e.eventType))).toEqual(new Set(EVENT_TYPES));
    const subTypes = new Set(events.map((e) => e.subType));
    for (const s of Object.values(EVENT_SUBTYPES).flat()) expect(subTypes.has(s), s).toBe(true);
    expect(new Set(events.map((e) => e.start.length))).toEqual(new Set([4, 7, 10]));
    expect(events.some((e) => e.ongoing)).toBe(true);
    expect(events.some((e) => e.partOf)).toBe(true);
    expect(events.some((e) => e.end)).toBe(true);
    const bases = new Set(bundles.flatMap((b) => sourcesOf(b).map((s) => s.basis)));
    expect(bases).toEqual(new Set(['ARTICLE', 'GENERAL_KNOWLEDGE', 'INFERENCE']));
    const claims = bundles.flatMap((b) => b.claims);
    expect(claims.some((c) => c.stances.some((s) => s.stance === 'DENIES'))).toBe(true);
    expect(claims.some((c) => c.stances.some((s) => s.quote))).toBe(true);
    const figures = [...claims.flatMap((c) => c.figures), ...bundles.flatMap((b) => b.figures)];
    expect(figures.some((f) => f.scope === 'AGGREGATE' && f.periodStart && f.placeId)).toBe(true);
    expect(figures.some((f) => f.scope === 'EVENT' && f.eventId)).toBe(true);
    expect(bundles.some((b) => b.figures.some((f) => f.claimId))).toBe(true);
  });

  it('has shared aliases (across kinds and within one), misspellings and transliterations', () => {
    const owners = new Map<string, Set<string>>(); // normalised name → "KIND id"
    let misspelled = 0;
    const aliases: string[] = [];
    for (const b of bundles) {
      for (const e of [...b.entities, ...b.events.map((ev) => ({ ...ev, kind: 'EVENT' }))]) {
        if (isRedeclaredId(e.id)) continue;
        for (const n of [e.name, ...e.aliases]) {
          const key = normalizeName(n);
          owners.set(key, (owners.get(key) ?? new Set()).add(`${e.kind} ${e.id}`));
        }
        misspelled += e.aliases.filter((a) => oneEdit(normalizeName(a), normalizeName(e.name))).length;
        aliases.push(...e.aliases);
      }
    }
    const kindsOf = (ids: Set<string>) => new Set([...ids].map((x) => x.split(' ')[0]));
    const shared = [...owners.values()].filter((ids) => ids.size > 1);
    expect(
      shared.some((ids) => kindsOf(ids).size > 1),
      'a city and its government',
    ).toBe(true);
    expect(
      shared.some((ids) => kindsOf(ids).size < ids.size),
      'two entities of one kind',
    ).toBe(true);
    expect(misspelled).toBeGreaterThan(20);
    expect(aliases.some((a) => /\b(Mohammad|Mohammed)\b/.test(a))).toBe(true);
    expect(aliases.some((a) => /-i-/.test(a))).toBe(true);
    expect(aliases.some((a) => /^(Haji|Hajji) /.test(a))).toBe(true);
    expect(
      aliases.some((a) => /^[A-Z]{3,6}$/.test(a)),
      'an acronym',
    ).toBe(true);
  });
});
