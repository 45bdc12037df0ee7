import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildMentionIndex,
  findMentions,
  matchMentions,
  type Mention,
  type MentionEntity,
  type MentionMatches,
} from '../../src/engine/mention/mention.linker';
import { paths } from '../../src/core/paths';

const ARTICLES = paths.articles;
const istanbul = fs.readFileSync(path.join(ARTICLES, '2025-10-26-istanbul-talks.txt'), 'utf8');
const balochistan = fs.readFileSync(path.join(ARTICLES, '2025-12-07-balochistan-security-toll.txt'), 'utf8');
const allArticles = fs
  .readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ file: f, text: fs.readFileSync(path.join(ARTICLES, f), 'utf8') }));

const DICTIONARY: MentionEntity[] = [
  { id: 'place:pakistan', kind: 'PLACE', names: ['Pakistan'] },
  { id: 'place:afghanistan', kind: 'PLACE', names: ['Afghanistan'] },
  { id: 'place:qatar', kind: 'PLACE', names: ['Qatar'] },
  { id: 'place:turkey', kind: 'PLACE', names: ['Turkey', 'Turkiye'] },
  { id: 'place:doha', kind: 'PLACE', names: ['Doha'] },
  { id: 'place:istanbul', kind: 'PLACE', names: ['Istanbul'] },
  { id: 'person:khawaja-muhammad-asif', kind: 'PERSON', names: ['Khawaja Muhammad Asif', 'Khawaja Asif', 'Asif'] },
  { id: 'person:mohammad-yaqoob-mujahid', kind: 'PERSON', names: ['Mohammad Yaqoob Mujahid', 'Mullah Yaqoob'] },
  { id: 'org:tehreek-e-taliban-pakistan', kind: 'ORGANIZATION', names: ['Tehreek-e-Taliban Pakistan', 'TTP'] },
  { id: 'place:khyber-pakhtunkhwa', kind: 'PLACE', names: ['Khyber Pakhtunkhwa', 'KP'] },
  { id: 'org:taliban', kind: 'ORGANIZATION', names: ['Taliban'] },
  { id: 'place:kabul', kind: 'PLACE', names: ['Kabul'] },
  { id: 'org:afghan-taliban', kind: 'ORGANIZATION', names: ['Afghan Taliban', 'Kabul'] },
  { id: 'place:islamabad', kind: 'PLACE', names: ['Islamabad'] },
  { id: 'org:government-of-pakistan', kind: 'ORGANIZATION', names: ['Government of Pakistan', 'Islamabad'] },
  { id: 'person:sarfraz-bugti', kind: 'PERSON', names: ['Sarfraz Bugti', 'Bugti'] },
  { id: 'place:dera-bugti', kind: 'PLACE', names: ['Dera Bugti'] },
  { id: 'place:balochistan', kind: 'PLACE', names: ['Balochistan'] },
  { id: 'place:kalat', kind: 'PLACE', names: ['Kalat'] },
  { id: 'org:ispr', kind: 'ORGANIZATION', names: ['ISPR'] },
];
const index = buildMentionIndex(DICTIONARY);

const link = (text: string) => matchMentions(index, text);
const surfaces = (r: MentionMatches) => r.mentions.map((m) => `${m.surface}→${m.entityId}`);
const ofEntity = (r: MentionMatches, id: string) => r.mentions.filter((m) => m.entityId === id);
const at = (r: MentionMatches, start: number): Mention | undefined => r.mentions.find((m) => m.start === start);

function expectNoOverlaps(mentions: Mention[]) {
  const overlapping: string[] = [];
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i]!;
      const b = mentions[j]!;
      if (a.start < b.end && b.start < a.end) overlapping.push(`${a.surface}@${a.start} × ${b.surface}@${b.start}`);
    }
  }
  expect(overlapping).toEqual([]);
}

describe('mention linker on the seed articles', () => {
  it('gives exact UTF-16 offsets into the original text for every mention and candidate', () => {
    for (const { file, text } of allArticles) {
      const r = link(text);
      expect(r.mentions.length, file).toBeGreaterThan(10);
      for (const m of r.mentions) {
        expect(text.slice(m.start, m.end), file).toBe(m.surface);
        expect(m.end).toBeGreaterThan(m.start);
      }
      for (const c of r.candidates) expect(text.slice(c.start, c.end), file).toBe(c.surface);
    }
  });

  it('never returns overlapping mentions, and returns them in text order', () => {
    for (const { text } of allArticles) {
      const { mentions } = link(text);
      expectNoOverlaps(mentions);
      expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
    }
  });

  it('links the Istanbul article: people with and without honorifics, aliases and possessives', () => {
    const r = link(istanbul);
    const yaqoob = ofEntity(r, 'person:mohammad-yaqoob-mujahid');
    expect(yaqoob.map((m) => m.surface)).toEqual(['Mullah Mohammad Yaqoob Mujahid']);
    expect(yaqoob[0]!.matchedName).toBe('Mohammad Yaqoob Mujahid');
    expect(yaqoob[0]!.start).toBe(istanbul.indexOf('Mullah Mohammad Yaqoob Mujahid'));

    const asif = ofEntity(r, 'person:khawaja-muhammad-asif');
    expect(asif.map((m) => [m.surface, m.matchedName])).toEqual([
      ['Khawaja Muhammad Asif', 'Khawaja Muhammad Asif'],
      ['Khawaja Asif', 'Khawaja Asif'],
    ]);

    expect(ofEntity(r, 'place:turkey').map((m) => [m.surface, m.matchedName])).toEqual([
      ['Turkey', 'Turkey'],
      ['Turkiye', 'Turkiye'],
    ]);
    expect(ofEntity(r, 'place:khyber-pakhtunkhwa').map((m) => m.surface)).toEqual(['Khyber Pakhtunkhwa', 'KP', 'KP']);
    expect(ofEntity(r, 'org:afghan-taliban').map((m) => m.surface)).toEqual(['Afghan Taliban']);
    expect(ofEntity(r, 'org:taliban')).toHaveLength(3);

    // "Pakistan’s Defence Minister": the mention stops before the possessive.
    const possessive = istanbul.search(/Pakistan['’]s Defence/);
    expect(possessive).toBeGreaterThan(0);
    expect(at(r, possessive)).toMatchObject({ surface: 'Pakistan', end: possessive + 'Pakistan'.length });
    const talibans = istanbul.search(/Taliban['’]s 2021/);
    expect(talibans).toBeGreaterThan(0);
    expect(at(r, talibans)).toMatchObject({ surface: 'Taliban', entityId: 'org:taliban' });
  });

  it('prefers the longest match: "Tehreek-e-Taliban Pakistan" is one mention, no "Pakistan" or "Taliban" in it', () => {
    const r = link(istanbul);
    const start = istanbul.indexOf('Tehreek-e-Taliban Pakistan');
    const ttp = at(r, start)!;
    expect(ttp).toMatchObject({
      entityId: 'org:tehreek-e-taliban-pakistan',
      surface: 'Tehreek-e-Taliban Pakistan',
      end: start + 'Tehreek-e-Taliban Pakistan'.length,
    });
    expect(r.mentions.filter((m) => m.start >= ttp.start && m.end <= ttp.end)).toEqual([ttp]);
    expect(ofEntity(r, 'org:tehreek-e-taliban-pakistan').map((m) => m.surface)).toEqual([
      'Tehreek-e-Taliban Pakistan',
      'TTP',
      'TTP',
    ]);
  });

  it('prefers the longest match: "Dera Bugti" is the district, not the chief minister', () => {
    const r = link(balochistan);
    const start = balochistan.indexOf('Dera Bugti');
    expect(at(r, start)).toMatchObject({ entityId: 'place:dera-bugti', surface: 'Dera Bugti', kind: 'PLACE' });
    expect(r.mentions.filter((m) => m.start > start && m.start < start + 'Dera Bugti'.length)).toEqual([]);
    expect(ofEntity(r, 'person:sarfraz-bugti').map((m) => m.surface)).toEqual([
      'Sarfraz Bugti',
      'Sarfraz Bugti',
      'Bugti',
      'Bugti',
    ]);
    expect(ofEntity(r, 'place:kalat').map((m) => m.surface)).toEqual(['Kalat', 'KALAT', 'Kalat']);
    expect(ofEntity(r, 'org:ispr').map((m) => m.surface)).toEqual(['ISPR']);
  });

  it('flags "Islamabad" (city, and alias of the government) as ambiguous, choosing the preferred name', () => {
    const r = link(istanbul);
    const islamabad = r.mentions.filter((m) => m.surface.toLowerCase() === 'islamabad');
    expect(islamabad.map((m) => m.surface)).toEqual(['ISLAMABAD', 'Islamabad', 'Islamabad', 'Islamabad']);
    for (const m of islamabad) {
      expect(m).toMatchObject({
        entityId: 'place:islamabad',
        kind: 'PLACE',
        matchedName: 'Islamabad',
        ambiguous: true,
        alternatives: ['org:government-of-pakistan'],
      });
    }
    const kabul = r.mentions.filter((m) => m.surface === 'Kabul');
    expect(kabul).toHaveLength(2);
    for (const m of kabul)
      expect(m).toMatchObject({ entityId: 'place:kabul', ambiguous: true, alternatives: ['org:afghan-taliban'] });
    // Unambiguous mentions carry neither field.
    const doha = ofEntity(r, 'place:doha')[0]!;
    expect(doha).not.toHaveProperty('ambiguous');
    expect(doha).not.toHaveProperty('alternatives');
  });

  it('is deterministic: same output twice, and regardless of dictionary order', () => {
    for (const { text } of allArticles) {
      const first = link(text);
      expect(link(text)).toEqual(first);
      const reversed = buildMentionIndex([...DICTIONARY].reverse().map((e) => ({ ...e })));
      expect(matchMentions(reversed, text)).toEqual(first);
      expect(findMentions(text, DICTIONARY)).toEqual(first);
    }
  });
});

describe('mention linker matching rules', () => {
  it('ignores case and diacritics', () => {
    const r = link('Talks in Türkiye, TÜRKİYE and türkiye; then istanbul and İSTANBUL.');
    expect(surfaces(r)).toEqual([
      'Türkiye→place:turkey',
      'TÜRKİYE→place:turkey',
      'türkiye→place:turkey',
      'istanbul→place:istanbul',
      'İSTANBUL→place:istanbul',
    ]);
    // Decomposed diacritics (u + combining diaeresis) are part of the word, not a break.
    const nfd = 'Tu\u0308rkiye mediated.';
    expect(link(nfd).mentions[0]).toMatchObject({ surface: 'Tu\u0308rkiye', start: 0, end: 8 });
  });

  it('treats hyphens and spaces alike and curly and straight apostrophes alike', () => {
    expect(surfaces(link('Tehreek e Taliban Pakistan and Tehreek-e-Taliban-Pakistan'))).toEqual([
      'Tehreek e Taliban Pakistan→org:tehreek-e-taliban-pakistan',
      'Tehreek-e-Taliban-Pakistan→org:tehreek-e-taliban-pakistan',
    ]);
    const idx = buildMentionIndex([{ id: 'org:suc', kind: 'ORGANIZATION', names: ["Shi'a Ulema Council"] }]);
    expect(
      matchMentions(idx, 'The Shi’a Ulema Council and the Shi‘a ulema council met.').mentions.map((m) => m.surface),
    ).toEqual(['Shi’a Ulema Council', 'Shi‘a ulema council']);
  });

  it('matches "KP" and "K.P." to the alias KP, but only as an all-caps acronym', () => {
    const text = 'In KP, K.P. and K. P. officials; kp is not it.';
    const r = link(text);
    expect(r.mentions.map((m) => [m.surface, m.entityId, m.matchedName])).toEqual([
      ['KP', 'place:khyber-pakhtunkhwa', 'KP'],
      ['K.P.', 'place:khyber-pakhtunkhwa', 'KP'],
    ]);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('matches whole tokens only', () => {
    const r = link('Asifabad, KPK, Pakistani, Kabuli pulao and TTPs are not names here; Asif and KP are.');
    expect(surfaces(r)).toEqual(['Asif→person:khawaja-muhammad-asif', 'KP→place:khyber-pakhtunkhwa']);
  });

  it('puts leading honorifics inside the span and matches names given with honorifics without them', () => {
    const text =
      'Mullah Mohammad Yaqoob Mujahid met Maulvi Yaqoob, then Gen. Asif and Hajji Khawaja Asif; the mullah Asif left.';
    const r = link(text);
    expect(r.mentions.map((m) => [m.surface, m.entityId, m.matchedName])).toEqual([
      ['Mullah Mohammad Yaqoob Mujahid', 'person:mohammad-yaqoob-mujahid', 'Mohammad Yaqoob Mujahid'],
      ['Maulvi Yaqoob', 'person:mohammad-yaqoob-mujahid', 'Mullah Yaqoob'],
      ['Gen. Asif', 'person:khawaja-muhammad-asif', 'Asif'],
      ['Hajji Khawaja Asif', 'person:khawaja-muhammad-asif', 'Khawaja Asif'],
      ['Asif', 'person:khawaja-muhammad-asif', 'Asif'],
    ]);
    // "The" is dropped by resolution but is an article in running text, not part of the span.
    expect(link('The Taliban said').mentions[0]).toMatchObject({ surface: 'Taliban', start: 4 });
  });

  it('does not join a name across sentences, clauses or lines', () => {
    expect(surfaces(link('They fought in Dera. Bugti said so.'))).toEqual(['Bugti→person:sarfraz-bugti']);
    expect(surfaces(link('Dera, Bugti and Dera\nBugti'))).toEqual([
      'Bugti→person:sarfraz-bugti',
      'Bugti→person:sarfraz-bugti',
    ]);
    expect(surfaces(link('the Dera   Bugti district'))).toEqual(['Dera   Bugti→place:dera-bugti']);
  });

  it('resolves overlaps towards the longer match, then the earlier start', () => {
    const idx = buildMentionIndex([
      { id: 'x:ab', kind: 'X', names: ['Alpha Beta'] },
      { id: 'x:bcd', kind: 'X', names: ['Beta Gamma Delta'] },
      { id: 'x:a', kind: 'X', names: ['Alpha'] },
      { id: 'x:cd', kind: 'X', names: ['Gamma Delta'] },
      { id: 'x:do', kind: 'X', names: ['Delta Omega'] },
      { id: 'x:gde', kind: 'X', names: ['Gamma Delta E'] },
    ]);
    // "Beta Gamma Delta" beats "Alpha Beta" although it starts later; "Alpha" still fits before it.
    expect(matchMentions(idx, 'Alpha Beta Gamma Delta').mentions.map((m) => m.entityId)).toEqual(['x:a', 'x:bcd']);
    // Equal lengths overlapping: the earlier start wins.
    expect(matchMentions(idx, 'Gamma Delta Omega').mentions.map((m) => m.entityId)).toEqual(['x:cd']);
    // Equal token counts: the longer span wins ("Delta Omega" over "Gamma Delta E").
    expect(matchMentions(idx, 'Gamma Delta E Omega').mentions.map((m) => m.entityId)).toEqual(['x:gde']);
  });

  it('breaks ties between entities by preferred name, then name length, then id, and flags them', () => {
    const idx = buildMentionIndex([
      { id: 'person:b', kind: 'PERSON', names: ['Asif Ali', 'Asif'] },
      { id: 'person:a', kind: 'PERSON', names: ['Asif Khan', 'Asif'] },
      { id: 'person:c', kind: 'PERSON', names: ['Asif'] },
    ]);
    expect(matchMentions(idx, 'Asif spoke.').mentions).toEqual([
      {
        entityId: 'person:c',
        kind: 'PERSON',
        surface: 'Asif',
        start: 0,
        end: 4,
        matchedName: 'Asif',
        ambiguous: true,
        alternatives: ['person:a', 'person:b'],
      },
    ]);
    const tied = buildMentionIndex([
      { id: 'person:b', kind: 'PERSON', names: ['Asif Ali', 'Asif'] },
      { id: 'person:a', kind: 'PERSON', names: ['Asif Khan', 'Asif'] },
    ]);
    expect(matchMentions(tied, 'Asif spoke.').mentions[0]).toMatchObject({
      entityId: 'person:a',
      ambiguous: true,
      alternatives: ['person:b'],
    });
  });

  it('rejects duplicate ids and skips names that hold no word', () => {
    expect(() => buildMentionIndex([DICTIONARY[0]!, DICTIONARY[0]!])).toThrow(/duplicate entity id place:pakistan/);
    const idx = buildMentionIndex([{ id: 'x:1', kind: 'X', names: ['—', 'Zhob'] }]);
    expect(matchMentions(idx, 'In Zhob — today').mentions.map((m) => m.matchedName)).toEqual(['Zhob']);
  });

  it('reuses one compiled index across texts and copes with a large text and dictionary', () => {
    const entities: MentionEntity[] = [];
    for (let i = 0; i < 5000; i++) {
      const w = i.toString(36);
      entities.push({ id: `x:${i}`, kind: 'PERSON', names: [`Name${w} Family${w}`, `Alias${w}`] });
    }
    const big = buildMentionIndex([...entities, ...DICTIONARY]);
    let text = '';
    for (let i = 0; text.length < 200_000; i++) {
      const w = ((i * 7) % 5000).toString(36);
      text += `Name${w} Family${w} met Alias${w} and Khawaja Asif in Kabul on Sunday. `;
    }
    const r = matchMentions(big, text);
    expect(r.mentions.length).toBeGreaterThan(10_000);
    expectNoOverlaps(r.mentions.slice(0, 2000));
    expect(r.mentions[0]).toMatchObject({ entityId: 'x:0', surface: 'Name0 Family0', matchedName: 'Name0 Family0' });
    expect(matchMentions(big, istanbul).mentions).toEqual(link(istanbul).mentions);
  });
});

describe('mention linker candidates', () => {
  const names = (text: string) => link(text).candidates.map((c) => c.surface);

  it('lists unknown capitalised names from the Istanbul article, not dates or sentence openers', () => {
    const r = link(istanbul);
    const list = r.candidates.map((c) => c.surface);
    expect(list).toContain('Hajji Najib');
    expect(list).toContain('Pakistan TV Digital');
    for (const absent of [
      'Sunday',
      'October',
      'Oct',
      'Saturday',
      'August',
      'The',
      'Both',
      'Citing',
      'While',
      'Clashes',
      'Talks',
      'ISLAMABAD',
    ])
      expect(list, absent).not.toContain(absent);
    // Known names are mentions, not candidates.
    for (const known of ['Pakistan', 'Khawaja Asif', 'Istanbul', 'Taliban', 'KP']) expect(list).not.toContain(known);
    const najib = r.candidates.find((c) => c.surface === 'Hajji Najib')!;
    expect(najib).toEqual({
      surface: 'Hajji Najib',
      start: istanbul.indexOf('Hajji Najib'),
      end: istanbul.indexOf('Hajji Najib') + 11,
      count: 1,
    });
    expect(r.candidates.find((c) => c.surface === 'Pakistani')).toMatchObject({
      count: 3,
      start: istanbul.indexOf('Pakistani'),
    });
    expect(r.candidates.map((c) => c.start)).toEqual([...r.candidates.map((c) => c.start)].sort((a, b) => a - b));
  });

  it('lists unknown names from the Balochistan article and ignores its all-caps headline', () => {
    const list = names(balochistan);
    for (const present of ['Balochistan Liberation Army', 'Fitna al Hindustan', 'New Delhi', 'India', 'Chief Minister'])
      expect(list).toContain(present);
    for (const absent of [
      'TWELVE MILITANTS KILLED',
      'TWELVE',
      'MILITANTS',
      'Weapons',
      'Over',
      'Updated',
      'Indian-sponsored',
      'Sunday',
      'Dec',
    ])
      expect(list, absent).not.toContain(absent);
  });

  it('keeps a known name that starts a longer unknown one, but not a title before a known name', () => {
    expect(
      names('He met Chief Minister Sarfraz Bugti at the Balochistan Assembly and the Government of Qatar.'),
    ).toEqual(['Chief Minister', 'Balochistan Assembly', 'Government of Qatar']);
  });

  it('joins connectors and hyphenated parts, and counts repeats once by surface', () => {
    const r = link(
      'Fighters of Lashkar-e-Taiba and Ahl-e-Sunnat Wal Jamaat met; later Lashkar-e-Taiba denied it, as did al-Qaeda.',
    );
    // "Fighters" opens the sentence and is never capitalised elsewhere, so it is not a name.
    expect(r.candidates.map((c) => [c.surface, c.count])).toEqual([
      ['Lashkar-e-Taiba', 2],
      ['Ahl-e-Sunnat Wal Jamaat', 1],
      ['al-Qaeda', 1],
    ]);
  });

  it('drops runs longer than five capitalised words and lone sentence openers', () => {
    expect(
      names('Reports said Alpha Bravo Charlie Delta Echo Foxtrot arrived. Reports said Zhob Levies Force arrived.'),
    ).toEqual(['Zhob Levies Force']);
  });
});
