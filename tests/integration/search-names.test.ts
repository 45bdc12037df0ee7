import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleValidationError } from '../../src/engine/bundle/bundle.validator';
import { normalizeName } from '../../src/model/names';
import { IngestService } from '../../src/engine/ingest/ingest.service';
import { seed } from '../../src/engine/seed/seed.service';
import { addEntity, closeTestDb, cypher, testDb, wipe } from '../support/test-db';
import { gql } from '../support/test-graphql';

// Finding people, organizations and places the way the region's press writes them, on the seed:
// native scripts typed on any keyboard, the usual Roman spellings, titles, and what claims say. And
// the near-misses: other people and places with similar names never come out as a match.

interface Hit {
  match: string;
  matchedName: string | null;
  node: { id: string };
}

async function search(text: string, first = 5): Promise<Hit[]> {
  const res = await gql<{ search: { edges: Hit[] } }>(
    `query($t: String!, $n: Int) { search(text: $t, first: $n) { edges { match matchedName node { id } } } }`,
    { t: text, n: first },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.search.edges;
}

beforeAll(async () => {
  await wipe();
  await seed(await testDb());
});
afterAll(closeTestDb);

describe('search in the scripts the region writes', () => {
  it.each([
    ['پاكستان', 'place:pakistan'], // Arabic kaf
    ['كابل', 'place:kabul'],
    ['حاجي نجيب', 'person:hajji-najib'], // Arabic yeh
    ['ملا محمد يعقوب مجاهد', 'person:mohammad-yaqoob-mujahid'], // Arabic yeh and heh
    ['خواجہ آصف', 'person:khawaja-muhammad-asif'], // decomposed madda
    ['مُلّا یعقوب', 'person:mohammad-yaqoob-mujahid'], // harakat
    ['حکومتِ پاکستان', 'org:government-of-pakistan'], // izafat
    ['امارتِ اسلامیہ افغانستان', 'org:afghan-taliban'],
    ['شعبۂ تعلقاتِ عامہ', 'org:ispr'], // part of a longer name, with hamza on heh
    ['اسلام‌آباد', 'place:islamabad'], // zero-width non-joiner
    ['اسلامآباد', 'place:islamabad'], // and without it
    ['خیبر‌پختونخوا', 'place:khyber-pakhtunkhwa'],
    ['دوحة', 'place:doha'],
    ['بهارت', 'place:india'], // Persian keyboard: no ھ
    ['نئی دهلی', 'place:new-delhi'],
    ['سرفراز بگتی', 'person:sarfraz-bugti'], // Persian keyboard: no ٹ
    ['سرفراز بګټي', 'person:sarfraz-bugti'], // as the Pashto press writes it
    ['تحريك طالبان پاكستان', 'org:ttp'],
    ['فتنه الخوارج', 'org:ttp'],
    ['فتنه الهندوستان', 'org:baloch-separatist-groups'],
    ['ﮐﺎﺑﻞ', 'place:kabul'], // presentation forms
    ['پاکــستان', 'place:pakistan'], // tatweel
    ['آئي ايس پي آر', 'org:ispr'],
    ['بي ايل اے', 'org:balochistan-liberation-army'],
    ['إسلام آباد', 'place:islamabad'],
    ['خېبر پښتونخوا', 'place:khyber-pakhtunkhwa'], // Pashto
    ['ډیورنډ کرښه', 'place:pakistan-afghanistan-border'],
    ['भारत', 'place:india'], // Hindi
    ['नई दिल्ली', 'place:new-delhi'],
  ])('%s finds %s first', async (text, id) => {
    const [top] = await search(text);
    expect(top?.node.id).toBe(id);
  });

  it('gives every name with its script: the seed knows its people in the scripts of the region', async () => {
    const res = await gql<any>(`{
      person(id: "person:khawaja-muhammad-asif") { names { name preferred script } }
      place(id: "place:india") { names { name script } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.person.names[0]).toEqual({ name: 'Khawaja Muhammad Asif', preferred: true, script: 'Latn' });
    expect(res.data!.person.names).toContainEqual({ name: 'خواجہ آصف', preferred: false, script: 'Arab' });
    expect(res.data!.place.names).toContainEqual({ name: 'भारत', script: 'Deva' });
  });

  it('says how the hit matched, and names the alias as stored', async () => {
    // Urdu خواجہ and Dari خواجه are one key: the alias named is one of the two.
    const [asif] = await search('خواجه آصف');
    expect(asif).toMatchObject({ match: 'NAME', node: { id: 'person:khawaja-muhammad-asif' } });
    expect(normalizeName(asif!.matchedName!)).toBe(normalizeName('خواجه آصف'));
    const [bugti] = await search('سرفراز بگتی');
    expect(bugti).toMatchObject({ match: 'PHONETIC', matchedName: 'سرفراز بگٹی' });
  });
});

describe('search across Roman spellings', () => {
  it.each([
    ['Mullah Yakub', 'person:mohammad-yaqoob-mujahid'],
    ['Mulla Yaqoob', 'person:mohammad-yaqoob-mujahid'],
    ['Mullah Yaqub', 'person:mohammad-yaqoob-mujahid'],
    ['Mohammad Yaqoob Mujahed', 'person:mohammad-yaqoob-mujahid'],
    ['Muhammad Yaqub Mujahed', 'person:mohammad-yaqoob-mujahid'],
    ['Mawlawi Mohammad Yaqoob Mujahid', 'person:mohammad-yaqoob-mujahid'],
    ['Khwaja Asif', 'person:khawaja-muhammad-asif'],
    ['Khawaja Mohammad Asif', 'person:khawaja-muhammad-asif'],
    ['Khwaja Mohammad Asif', 'person:khawaja-muhammad-asif'],
    ['Sarfaraz Bugti', 'person:sarfraz-bugti'],
    ['Sarfraz Ahmed Bugti', 'person:sarfraz-bugti'],
    ['Mir Sarfaraz Ahmad Bugti', 'person:sarfraz-bugti'],
    ['Haji Najib', 'person:hajji-najib'],
    ['Hadji Najib', 'person:hajji-najib'],
    ['Hajji Najeeb', 'person:hajji-najib'],
    ['Haji Najeeb', 'person:hajji-najib'],
    ['Najeeb', 'person:hajji-najib'],
    ['Baluchistan', 'place:balochistan'],
    ['Belochistan', 'place:balochistan'],
    ['Beluchistan', 'place:balochistan'],
    ['Balochistaan', 'place:balochistan'],
    ['Tehrik-i-Taliban Pakistan', 'org:ttp'],
    ['Tahrik-e-Taliban Pakistan', 'org:ttp'],
    ['Tehreek-e-Taliban', 'org:ttp'],
    ['Fitnah al-Khawarij', 'org:ttp'],
    ['Taleban', 'org:afghan-taliban'],
    ['Afghan Taleban', 'org:afghan-taliban'],
    ['Khyber Pakhtoonkhwa', 'place:khyber-pakhtunkhwa'],
    ['Khyber Pukhtunkhwa', 'place:khyber-pakhtunkhwa'],
    ['Kelat', 'place:kalat-district'],
    ['Khelat', 'place:kalat-district'],
    ['Baloch Liberation Army', 'org:balochistan-liberation-army'],
  ])('%s finds %s first', async (text, id) => {
    const [top] = await search(text);
    expect(top?.node.id).toBe(id);
    expect(['NAME', 'PHONETIC', 'TEXT']).toContain(top?.match);
  });

  it('ranks a sound-alike spelling as PHONETIC, below a stored name', async () => {
    expect((await search('Haji Najeeb'))[0]).toMatchObject({ match: 'PHONETIC', matchedName: 'Hajji Najib' });
    expect((await search('Haji Najib'))[0]).toMatchObject({ match: 'NAME', matchedName: 'Haji Najib' });
  });

  // Other people and places: some share a word with a seed name, and may come up as a partial (TEXT)
  // hit, but never as that entity's name, spelling or title.
  it.each([
    ['Khawaja Saad Rafique', 'person:khawaja-muhammad-asif'],
    ['Asif Ali Zardari', 'person:khawaja-muhammad-asif'],
    ['Qalat', 'place:kalat-district'],
    ['Mohammad Najibullah', 'person:hajji-najib'],
    ['Zabihullah Mujahid', 'person:mohammad-yaqoob-mujahid'],
    ['Mullah Mohammad Omar', 'person:mohammad-yaqoob-mujahid'],
    ['Sarfraz Ahmed', 'person:sarfraz-bugti'],
    ['Nawab Akbar Bugti', 'person:sarfraz-bugti'],
    ['Tehreek-e-Labbaik Pakistan', 'org:ttp'],
    ['Baloch Liberation Front', 'org:balochistan-liberation-army'],
    ['خواجہ سعد رفیق', 'person:khawaja-muhammad-asif'],
    ['آصف علی زرداری', 'person:khawaja-muhammad-asif'],
    ['ذبیح اللہ مجاہد', 'person:mohammad-yaqoob-mujahid'],
    ['ملا محمد عمر', 'person:mohammad-yaqoob-mujahid'],
    ['نواب اکبر بگٹی', 'person:sarfraz-bugti'],
    ['تحریک لبیک پاکستان', 'org:ttp'],
    ['بی ایل ایف', 'org:balochistan-liberation-army'],
  ])('%s is not %s', async (text, id) => {
    const hits = await search(text, 20);
    const wrong = hits.filter((h) => h.node.id === id && h.match !== 'TEXT');
    expect(wrong).toEqual([]);
  });

  it('finds nothing for a short name one letter from a seed name (Qalat is not Kalat)', async () => {
    expect(await search('Qalat')).toEqual([]);
  });
});

describe('search by title', () => {
  it('ranks the holder first for an office with or without the name', async () => {
    for (const [text, id] of [
      ['Defence Minister Khawaja Asif', 'person:khawaja-muhammad-asif'],
      ['defence minister of Pakistan', 'person:khawaja-muhammad-asif'],
      ["Pakistan's defence minister", 'person:khawaja-muhammad-asif'],
      ['Afghan defence minister', 'person:mohammad-yaqoob-mujahid'],
      ['Taliban Defence Minister Mullah Yaqoob', 'person:mohammad-yaqoob-mujahid'],
      ['Chief Minister of Balochistan', 'person:sarfraz-bugti'],
      ['CM Balochistan Sarfraz Bugti', 'person:sarfraz-bugti'],
      ['deputy interior minister', 'person:hajji-najib'],
    ]) {
      const [top] = await search(text!);
      expect(top, text).toMatchObject({ match: 'TITLE', node: { id } });
    }
  });

  it('names the office that matched, and lists both holders of a title shared by two', async () => {
    const hits = await search('defence minister');
    expect(hits[0]).toMatchObject({ matchedName: 'Defence Minister of Pakistan' });
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.node.id)
        .sort(),
    ).toEqual(['person:khawaja-muhammad-asif', 'person:mohammad-yaqoob-mujahid']);
  });

  it('does not take a country name for a title', async () => {
    const hits = await search('Pakistan');
    expect(hits[0]?.node.id).toBe('place:pakistan');
    expect(hits.some((h) => h.match === 'TITLE')).toBe(false);
  });
});

describe('searchClaims: what claims and quotes say', () => {
  const SEARCH = `query($t: String!, $kinds: [ClaimKind!], $about: ID, $first: Int, $after: String) {
    searchClaims(text: $t, kinds: $kinds, about: $about, first: $first, after: $after) {
      totalCount edges { cursor node { id kind text } } pageInfo { hasNextPage endCursor } } }`;
  const ids = async (vars: Record<string, unknown>) => {
    const res = await gql<any>(SEARCH, vars);
    expect(res.errors).toBeUndefined();
    return res.data!.searchClaims.edges.map((e: any) => e.node.id) as string[];
  };

  it('finds the claim a quoted phrase was said in first', async () => {
    expect((await ids({ t: '“we have an open war with them”' }))[0]).toBe('claim:khawaja-asif-open-war-warning');
    expect((await ids({ t: 'lost 205 security forces personnel' }))[0]).toBe(
      'claim:bugti-security-personnel-killed-balochistan-2025',
    );
    expect((await ids({ t: 'sanctuaries inside Afghanistan' }))[0]).toBe(
      'claim:pakistan-militant-sanctuaries-in-afghanistan',
    );
  });

  it('filters by kind and subject, and pages forward over the ranking', async () => {
    const all = await ids({ t: 'militants Balochistan', first: 50 });
    expect(all.length).toBeGreaterThan(2);
    const stats = await ids({ t: 'militants Balochistan', kinds: ['STATISTIC'], first: 50 });
    expect(stats.length).toBeGreaterThan(0);
    expect(stats.every((id) => all.includes(id))).toBe(true);
    expect(stats.length).toBeLessThan(all.length);
    // "Indian proxy" matches India as a prefix, below the claim that names India itself.
    const about = await ids({ t: 'India', about: 'org:government-of-india' });
    expect(about).toEqual([
      'claim:pakistan-accuses-india-arming-funding-separatists',
      'claim:ispr-militants-belong-to-fitna-al-hindustan',
    ]);
    expect(await ids({ t: 'India', about: 'place:doha' })).toEqual([]);

    const first = await gql<any>(SEARCH, { t: 'militants Balochistan', first: 2 });
    const next = await gql<any>(SEARCH, {
      t: 'militants Balochistan',
      first: 50,
      after: first.data.searchClaims.pageInfo.endCursor,
    });
    const paged = [...first.data.searchClaims.edges, ...next.data.searchClaims.edges].map((e: any) => e.node.id);
    expect(paged).toEqual(all);
  });

  it.each(['AND OR NOT', '"unclosed', 'open~~~^ war', '(((', '*', 'a:b', '\\', '/regex/', '[1 TO 5]', '', '💥'])(
    'never raises a database error for Lucene syntax in user text: %j',
    async (t) => {
      const res = await gql<any>(SEARCH, { t });
      expect(res.errors).toBeUndefined();
      expect(res.data!.searchClaims.totalCount).toBeGreaterThanOrEqual(0);
    },
  );

  it('refuses text over 200 characters and backwards paging', async () => {
    const long = await gql<any>(SEARCH, { t: 'x'.repeat(201) });
    expect(long.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const back = await gql<any>(`{ searchClaims(text: "war", last: 2) { totalCount } }`);
    expect(back.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('list name filters take the phonetic key too', () => {
  it('finds a person by a spelling of a fragment of any name', async () => {
    const res = await gql<any>(`{
      a: people(filter: { name: "Najeeb" }) { totalCount edges { node { id } } }
      b: people(filter: { name: "Muhammad Yakub" }) { totalCount edges { node { id } } }
      c: people(filter: { name: "Qalat" }) { totalCount }
      d: places(filter: { name: "پاكستان" }) { edges { node { id } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.a.edges.map((e: any) => e.node.id)).toEqual(['person:hajji-najib']);
    expect(res.data!.a.totalCount).toBe(1);
    expect(res.data!.b.edges.map((e: any) => e.node.id)).toEqual(['person:mohammad-yaqoob-mujahid']);
    expect(res.data!.c.totalCount).toBe(0);
    expect(res.data!.d.edges.map((e: any) => e.node.id)).toContain('place:pakistan');
  });
});

describe('entity resolution by phonetic key', () => {
  const svc = async () => new IngestService(await testDb());
  const person = (id: string, name: string, aliases: string[] = []) => ({
    id,
    kind: 'PERSON' as const,
    name,
    aliases,
    source: { basis: 'GENERAL_KNOWLEDGE' as const, note: 'test' },
  });
  const bundle = (n: number, entities: ReturnType<typeof person>[]) => ({
    formatVersion: 1,
    article: {
      id: `article:phonetic-${n}`,
      title: `Phonetic test ${n}`,
      publishedDate: '2025-11-01',
      dateCertainty: 'STATED',
      url: `https://example.test/phonetic-${n}`,
      language: 'en',
    },
    entities,
  });

  it('joins a sound-alike spelling to the one entity it names, in either direction', async () => {
    const report = await (
      await svc()
    ).ingest(
      bundle(1, [
        person('person:haji-najeeb-test', 'Haji Najeeb'),
        person('person:muhammad-yakub-test', 'Muhammad Yaqub Mujahed'),
        person('person:sarfraz-bugti-pashto', 'سرفراز بګټي'),
      ]),
    );
    expect(report.matched).toEqual(
      expect.arrayContaining([
        { bundleId: 'person:haji-najeeb-test', id: 'person:hajji-najib', by: 'name' },
        { bundleId: 'person:muhammad-yakub-test', id: 'person:mohammad-yaqoob-mujahid', by: 'name' },
        { bundleId: 'person:sarfraz-bugti-pashto', id: 'person:sarfraz-bugti', by: 'name' },
      ]),
    );
  });

  it('keeps the near-misses apart: each is a new person', async () => {
    const people = [
      person('person:khawaja-saad-rafique', 'Khawaja Saad Rafique'),
      person('person:asif-ali-zardari', 'Asif Ali Zardari'),
      person('person:mohammad-najibullah', 'Mohammad Najibullah'),
      person('person:zabihullah-mujahid', 'Zabihullah Mujahid'),
      person('person:mullah-omar', 'Mullah Mohammad Omar'),
      person('person:sarfraz-ahmed', 'Sarfraz Ahmed'),
      person('person:akbar-bugti', 'Nawab Akbar Bugti'),
    ];
    const report = await (await svc()).ingest(bundle(2, people));
    expect(report.matched.filter((m) => m.by === 'name')).toEqual([]);
    const [row] = await cypher(`MATCH (p:Person) WHERE p.id IN $ids RETURN count(p) AS n`, {
      ids: people.map((p) => p.id),
    });
    expect(row!.n).toBe(people.length);
    const place = {
      id: 'place:qalat-zabul',
      kind: 'PLACE' as const,
      placeType: 'CITY' as const,
      name: 'Qalat',
      aliases: [],
      source: { basis: 'GENERAL_KNOWLEDGE' as const, note: 'test' },
    };
    const qalat = await (await svc()).ingest({ ...bundle(3, []), entities: [place] });
    expect(qalat.matched).toEqual([]);
  });

  it('prefers a plain name over a sound-alike, and refuses to guess between two sound-alikes', async () => {
    await addEntity({ id: 'person:najib-shah-a', kind: 'PERSON', name: 'Najib Shah', aliases: [] });
    await addEntity({ id: 'person:najib-shah-b', kind: 'PERSON', name: 'Najeeb Shah', aliases: [] });
    const exact = await (await svc()).ingest(bundle(4, [person('person:najeeb-shah-x', 'Najeeb Shah')]));
    expect(exact.matched).toEqual([{ bundleId: 'person:najeeb-shah-x', id: 'person:najib-shah-b', by: 'name' }]);
    const err = await (await svc()).ingest(bundle(5, [person('person:najjib-shah', 'Najjib Shah')])).catch((e) => e);
    expect(err).toBeInstanceOf(BundleValidationError);
    expect(err.message).toMatch(
      /matches several existing PERSON entities \(person:najib-shah-a, person:najib-shah-b\)/,
    );
  });
});
