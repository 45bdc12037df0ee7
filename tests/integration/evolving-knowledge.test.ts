import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEvidence } from '../../src/engine/bundle/bundle.evidence';
import { validateBundle } from '../../src/engine/bundle/bundle.validator';
import { ROOT } from '../../src/core/paths';
import { closeTestDb, counts, wipe } from '../support/test-db';
import { ok, startWriteApp, type WriteApp } from '../support/write-app';

// Later articles about the seed's events, ingested over GraphQL into the seeded graph: a second article
// that extends a span, contradicts a figure, quotes unnamed sources and announces a planned event (the
// worked example of docs/bundle-format.md, taken from the page itself); its revision; and two people
// merged with one office held under two ids.

const DOC = readFileSync(join(ROOT, 'docs/bundle-format.md'), 'utf8');

/** The text and the bundle of the worked example: the first ```text and ```json blocks of its section. */
function docExample(): { text: string; bundle: Record<string, any> } {
  const section = DOC.slice(DOC.indexOf('## A second article about a known event'));
  const block = (lang: string) => {
    const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(section);
    if (!m) throw new Error(`no ${lang} block in the section`);
    return m[1]!;
  };
  return { text: block('text'), bundle: JSON.parse(block('json')) as Record<string, any> };
}

const ARTICLE = 'article:2025-10-30-istanbul-talks-end';
const TALKS = 'event:istanbul-talks-2025-10';
const THIRD = 'event:istanbul-talks-third-round-2025-11-06';
const NINE = 'figure:istanbul-talks-2025-10-25-duration';
const EIGHTEEN = 'figure:istanbul-talks-2025-10-25-duration-eighteen-hours';

const INGEST = `mutation($b: JSONObject!, $t: String, $dry: Boolean! = false) {
  ingestArticle(bundle: $b, text: $t, dryRun: $dry) {
    articleId articleCreated dryRun created { group count } updated { group count } skipped { group count }
    valueChanges { id field from to sourceArticleId }
    revision { number previousKnown added { kind key fact } changed { kind key fact before after }
      removed { kind key } }
  } }`;

const EVENT = `query($id: ID!) { event(id: $id) {
  startDate endDate status ongoing description disputed disputedFields
  accounts { start end status ongoing preferred shown publishedDate source { article { id } } }
} }`;

const FIGURE = `query($id: ID!) { node(id: $id) { ... on Figure {
  value disputed alternatives { id value } claim { id conflictsWith { reason claim { id } } }
} } }`;

const count = (groups: { group: string; count: number }[], g: string) => groups.find((x) => x.group === g)?.count;

let app: WriteApp;

beforeAll(async () => {
  await wipe();
  app = await startWriteApp();
});
afterAll(async () => {
  await app?.stop();
  await closeTestDb();
});

describe('the worked example of docs/bundle-format.md', () => {
  it('is a valid bundle whose every excerpt is in the article text shown beside it', () => {
    const { text, bundle } = docExample();
    const { bundle: valid } = validateBundle(bundle);
    expect(checkEvidence(valid, text)).toEqual([]);
  });

  it('ingests end to end: new facts, a corrected span, a rival figure, unnamed sources', async () => {
    const { text, bundle } = docExample();
    const r = ok(await app.post(INGEST, { b: bundle, t: text })).ingestArticle;
    expect(r).toMatchObject({ articleId: ARTICLE, articleCreated: true, dryRun: false, revision: null });
    expect(count(r.created, 'claims')).toBe(1);
    expect(count(r.created, 'figures')).toBe(1);
    expect(count(r.created, 'stances')).toBe(2);
    // The talks' shown span moved to this article's account, and the answer says so.
    expect(r.valueChanges).toContainEqual(
      expect.objectContaining({ id: TALKS, field: 'DATES', sourceArticleId: ARTICLE }),
    );
  });
});

describe('a later article extends an event', () => {
  it('shows the latest of two equally precise spans, keeps both accounts, and flags the dispute', async () => {
    const ev = ok(await app.post(EVENT, { id: TALKS })).event;
    expect(ev).toMatchObject({ startDate: '2025-10-25', endDate: '2025-10-29', status: 'CONCLUDED', ongoing: false });
    expect(ev.description).toMatch(/ran five days/);
    expect(ev.disputed).toBe(true);
    expect(ev.disputedFields).toContain('DATES');
    const byArticle = Object.fromEntries(ev.accounts.map((a: any) => [a.source.article.id, a]));
    expect(Object.keys(byArticle).sort()).toEqual(['article:2025-10-26-istanbul-talks', ARTICLE]);
    expect(byArticle['article:2025-10-26-istanbul-talks']).toMatchObject({ start: '2025-10-25', end: '2025-10-26' });
    expect(byArticle[ARTICLE]).toMatchObject({ start: '2025-10-25', end: '2025-10-29', status: 'CONCLUDED' });
    expect(byArticle[ARTICLE].shown).toEqual(expect.arrayContaining(['DATES', 'STATUS', 'DESCRIPTION']));
    expect(byArticle['article:2025-10-26-istanbul-talks'].shown).not.toContain('DATES');
  });

  it('an editor can prefer the older account; the event follows it and the change is recorded', async () => {
    const PREFER = `mutation($id: ID!, $a: ID!, $f: [AccountField!]!) {
      preferAccount(id: $id, articleId: $a, fields: $f) {
      id valueChanges { field from to sourceArticleId } entity { ... on Event { endDate } } } }`;
    const r = ok(await app.post(PREFER, { id: TALKS, a: 'article:2025-10-26-istanbul-talks', f: ['DATES'] }));
    expect(r.preferAccount.entity.endDate).toBe('2025-10-26');
    expect(r.preferAccount.valueChanges).toEqual([
      expect.objectContaining({ field: 'DATES', sourceArticleId: 'article:2025-10-26-istanbul-talks' }),
    ]);
    const history = ok(await app.post(`{ changeRecords(targetId: "${TALKS}") { action what articleId } }`));
    expect(history.changeRecords[0]).toMatchObject({
      action: 'PREFER',
      articleId: 'article:2025-10-26-istanbul-talks',
    });
    // Back to the rule (the latest publication) by preferring the later account again.
    ok(await app.post(PREFER, { id: TALKS, a: ARTICLE, f: ['DATES'] }));
    expect(ok(await app.post(EVENT, { id: TALKS })).event.endDate).toBe('2025-10-29');
  });
});

describe("README's correction example", () => {
  it('runs as shown once the second article is stored', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const after = readme.slice(readme.indexOf('once the second article of the guide below is stored'));
    const mutation = /```graphql\n([\s\S]*?)\n```/.exec(after)![1]!;
    const r = ok(await app.post(mutation)).correctEntity;
    expect(r.entity).toEqual({ startDate: '2025-10-25', endDate: '2025-10-29', status: 'CONCLUDED', disputed: true });
    const [rec] = ok(await app.post(`{ changeRecords(targetId: "${TALKS}") { action what articleId } }`)).changeRecords;
    expect(rec).toEqual({ action: 'CORRECTION', what: 'account DATES, STATUS', articleId: ARTICLE });
  });
});

describe('two sources give two durations of one session', () => {
  it('keeps both figures, each disputed with the other as alternative, and their claims conflict', async () => {
    const nine = ok(await app.post(FIGURE, { id: NINE })).node;
    const eighteen = ok(await app.post(FIGURE, { id: EIGHTEEN })).node;
    expect(nine).toMatchObject({ value: 9, disputed: true, alternatives: [{ id: EIGHTEEN, value: 18 }] });
    expect(eighteen).toMatchObject({ value: 18, disputed: true, alternatives: [{ id: NINE, value: 9 }] });
    expect(eighteen.claim.conflictsWith).toContainEqual({
      reason: 'FIGURES',
      claim: { id: 'claim:istanbul-talks-agenda-and-duration' },
    });
    expect(nine.claim.conflictsWith).toContainEqual({
      reason: 'FIGURES',
      claim: { id: 'claim:istanbul-talks-first-day-lasted-eighteen-hours' },
    });
  });
});

describe('unnamed sources', () => {
  const STANCES = `query($id: ID!) { claim(id: $id) { assertedBy { actor { id } speaker { kind id description
    article { id } } sources { article { id } evidence } } deniedBy { actor { id } } } }`;

  it('assert a new claim as themselves, belonging to the article', async () => {
    const c = ok(await app.post(STANCES, { id: 'claim:istanbul-talks-first-day-lasted-eighteen-hours' })).claim;
    expect(c.assertedBy).toEqual([
      {
        actor: null,
        speaker: {
          kind: 'ANONYMOUS',
          id: expect.stringMatching(/^anonymous:/),
          description: 'informed diplomatic sources',
          article: { id: ARTICLE },
        },
        sources: [{ article: { id: ARTICLE }, evidence: expect.stringContaining('eighteen hours') }],
      },
    ]);
  });

  it('join a claim already in the graph without re-declaring it, beside its named speakers', async () => {
    const c = ok(await app.post(STANCES, { id: 'claim:pakistan-militant-sanctuaries-in-afghanistan' })).claim;
    expect(c.assertedBy.map((s: any) => s.speaker.kind).sort()).toEqual(['ACTOR', 'ANONYMOUS']);
    expect(c.assertedBy.find((s: any) => s.speaker.kind === 'ANONYMOUS').speaker).toMatchObject({
      description: 'a security official',
      article: { id: ARTICLE },
    });
    expect(c.deniedBy).toEqual([{ actor: { id: 'org:afghan-taliban' } }]);
  });
});

describe('a planned event', () => {
  it('is PLANNED, marked so in the timeline, and left out when only what happened is asked for', async () => {
    expect(ok(await app.post(`{ event(id: "${THIRD}") { status startDate } }`)).event).toEqual({
      status: 'PLANNED',
      startDate: '2025-11-06',
    });
    const TIMELINE = `query($s: [EventStatus!]) {
      timeline(id: "place:istanbul", statuses: $s) { status event { id } } }`;
    const all = ok(await app.post(TIMELINE, {})).timeline;
    expect(all).toContainEqual({ status: 'PLANNED', event: { id: THIRD } });
    expect(all).toContainEqual({ status: 'CONCLUDED', event: { id: TALKS } });
    const happened = ok(await app.post(TIMELINE, { s: ['ONGOING', 'CONCLUDED'] })).timeline;
    expect(happened.map((e: any) => e.event.id)).toContain(TALKS);
    expect(happened.map((e: any) => e.event.id)).not.toContain(THIRD);
  });
});

describe('a revision of the article', () => {
  const revised = () => {
    const { bundle } = docExample();
    bundle.claims[0].figures[0].value = 16;
    return bundle;
  };
  const REVISIONS = `{ changeRecords(targetId: "${ARTICLE}") { action revision diff previous } }`;

  it('dryRun answers the diff and writes nothing', async () => {
    const before = await counts();
    const history = ok(await app.post(REVISIONS)).changeRecords;
    const r = ok(await app.post(INGEST, { b: revised(), dry: true })).ingestArticle;
    expect(r.dryRun).toBe(true);
    expect(r.revision).toMatchObject({ number: 2, previousKnown: true, added: [], removed: [] });
    expect(r.revision.changed).toEqual([
      expect.objectContaining({
        kind: 'figure',
        key: `figure|${EIGHTEEN}`,
        fact: 'claims[0] (claim:istanbul-talks-first-day-lasted-eighteen-hours) → figures[0]',
      }),
    ]);
    expect(r.revision.changed[0].before).toMatchObject({ value: 18 });
    expect(r.revision.changed[0].after).toMatchObject({ value: 16 });
    expect(ok(await app.post(FIGURE, { id: EIGHTEEN })).node.value).toBe(18);
    expect(ok(await app.post(REVISIONS)).changeRecords).toEqual(history);
    expect(await counts()).toEqual(before);
  });

  it('applies a changed figure: the value changes; a change record keeps the diff and previous bundle', async () => {
    const r = ok(await app.post(INGEST, { b: revised() })).ingestArticle;
    expect(r).toMatchObject({ articleCreated: false, dryRun: false });
    expect(r.revision.number).toBe(2);
    expect(r.revision.changed.map((c: any) => c.key)).toEqual([`figure|${EIGHTEEN}`]);
    expect(count(r.updated, 'figures')).toBe(1);
    expect(ok(await app.post(FIGURE, { id: EIGHTEEN })).node).toMatchObject({ value: 16, disputed: true });
    const [rec] = ok(await app.post(REVISIONS)).changeRecords;
    expect(rec).toMatchObject({ action: 'REVISION', revision: 2 });
    expect(rec.diff).toEqual({
      added: [],
      changed: ['claims[0] (claim:istanbul-talks-first-day-lasted-eighteen-hours) → figures[0]'],
      removed: [],
    });
    expect(JSON.stringify(rec.previous)).toContain('"value":18');
  });

  it('the identical bundle again is a no-op', async () => {
    const before = await counts();
    const history = ok(await app.post(REVISIONS)).changeRecords;
    const r = ok(await app.post(INGEST, { b: revised() })).ingestArticle;
    expect(r.revision).toBeNull();
    expect(r.created.every((c: any) => c.count === 0)).toBe(true);
    expect(r.updated.every((c: any) => c.count === 0)).toBe(true);
    expect(r.valueChanges).toEqual([]);
    expect(await counts()).toEqual(before);
    expect(ok(await app.post(REVISIONS)).changeRecords).toEqual(history);
  });

  it('a fact dropped from the bundle is retracted: the unnamed source that spoke only there goes', async () => {
    const bundle = revised();
    bundle.stances = [];
    const r = ok(await app.post(INGEST, { b: bundle })).ingestArticle;
    expect(r.revision.number).toBe(3);
    expect(r.revision.removed).toEqual([expect.objectContaining({ kind: 'stance' })]);
    const c = ok(
      await app.post(`{ claim(id: "claim:pakistan-militant-sanctuaries-in-afghanistan") {
        assertedBy { speaker { kind } } } }`),
    ).claim;
    expect(c.assertedBy).toEqual([{ speaker: { kind: 'ACTOR' } }]);
  });
});

describe('merging two people who hold one office under two ids', () => {
  const ASIF = 'person:khawaja-muhammad-asif';
  const DUP = 'person:km-asif';
  const bundle = {
    formatVersion: 1,
    article: {
      id: 'article:2025-11-02-km-asif',
      title: 'KM Asif on border security',
      publishedDate: '2025-11-02',
      dateCertainty: 'STATED',
      url: 'https://example.org/2025-11-02-km-asif',
    },
    entities: [
      { id: DUP, kind: 'PERSON', name: 'KM Asif', source: { evidence: 'KM Asif' } },
      {
        id: 'org:government-of-pakistan',
        kind: 'ORGANIZATION',
        orgType: 'GOVERNMENT',
        name: 'Government of Pakistan',
        source: { evidence: 'the government' },
      },
    ],
    positions: [
      {
        personId: DUP,
        office: { id: 'office:pakistan-defence-minister', name: 'Defence Minister of Pakistan', aliases: [] },
        organizationId: 'org:government-of-pakistan',
        start: '2024-03',
        source: { evidence: 'Defence Minister since March 2024' },
      },
    ],
  };
  const POSITIONS = `query($id: ID!) { person(id: $id) { positions { officeId startDate asOf accounts { start asOf
    source { article { id } } } } } }`;

  it('joins their positions into one on one office, with both sources', async () => {
    const r = ok(await app.post(INGEST, { b: bundle })).ingestArticle;
    expect(count(r.created, 'entities')).toBe(1);
    const merged = ok(
      await app.post(`mutation { mergeEntities(keepId: "${ASIF}", mergeId: "${DUP}") { officesMerged aliases } }`),
    ).mergeEntities;
    expect(merged.officesMerged).toBe(1);
    expect(merged.aliases).toContain('KM Asif');
    const positions = ok(await app.post(POSITIONS, { id: ASIF })).person.positions;
    const defence = positions.filter((p: any) => /defence-minister/.test(p.officeId));
    expect(defence).toHaveLength(1);
    expect(defence[0]).toMatchObject({ startDate: '2024-03-01', asOf: '2025-10-25' });
    expect(defence[0].accounts.map((a: any) => a.source.article.id).sort()).toEqual([
      'article:2025-10-26-istanbul-talks',
      'article:2025-11-02-km-asif',
    ]);
    // The office merged away is gone; a ChangeRecord keeps it.
    const gone = ['office:defence-minister-of-pakistan', 'office:pakistan-defence-minister'].find(
      (id) => id !== defence[0].officeId,
    );
    const history = ok(await app.post(`{ changeRecords(targetId: "${gone}") { action } }`)).changeRecords;
    expect(history).toEqual([{ action: 'MERGE' }]);
  });
});
