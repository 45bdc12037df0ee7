import { describe, expect, it } from 'vitest';
import { checkEvidence, whereItDiffers } from '../../src/engine/bundle/bundle.evidence';
import { BundleValidationError, checkBundle, validateBundle } from '../../src/engine/bundle/bundle.validator';
import { talksBundle } from '../fixtures/small-bundles';

function problems(raw: unknown) {
  try {
    validateBundle(raw);
  } catch (err) {
    if (err instanceof BundleValidationError) return err.problems;
    throw err;
  }
  return [];
}

describe('bundle validator (no database)', () => {
  it('accepts a well-formed bundle and lists the ids it refers to without declaring them', () => {
    const b = talksBundle();
    const { bundle, external } = validateBundle(b);
    expect(bundle.entities.length).toBe(b.entities!.length);
    expect([...external.keys()]).toEqual([]);
    b.relationships = [
      { type: 'WITHIN', from: 'place:doha', to: 'place:asia', source: { basis: 'ARTICLE', evidence: 'Doha' } },
    ];
    expect([...validateBundle(b).external.keys()]).toEqual(['place:asia']);
  });

  it('names the fact and the field of every problem', () => {
    const b = talksBundle();
    b.entities![0]!.source = { basis: 'ARTICLE' };
    b.events![0]!.start = '2025-02-30';
    expect(problems(b)).toEqual(
      expect.arrayContaining([
        {
          fact: 'entities[0] (place:pakistan)',
          field: 'source.evidence',
          message: 'is required when basis is ARTICLE',
        },
        { fact: 'events[0] (event:doha-talks)', field: 'start', message: 'is not a real calendar date' },
      ]),
    );
  });

  it('refuses duplicate ids, wrong kinds, self-references and places that act', () => {
    const b = talksBundle();
    b.entities!.push({ ...b.entities![0]! });
    b.relationships = [
      { type: 'WITHIN', from: 'place:doha', to: 'place:doha', source: { basis: 'ARTICLE', evidence: 'Doha' } },
      {
        type: 'MEMBER_OF',
        from: 'place:doha',
        to: 'org:government-of-pakistan',
        source: { basis: 'ARTICLE', evidence: 'Doha' },
      },
    ];
    b.participations = [
      {
        eventId: 'event:doha-talks',
        actorId: 'place:doha',
        role: 'HOST',
        source: { basis: 'ARTICLE', evidence: 'Doha' },
      },
    ];
    const messages = problems(b).map((p) => `${p.fact} ${p.field}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining("duplicate id 'place:pakistan'"),
        expect.stringContaining('a relationship cannot point to its own start'),
        expect.stringContaining("'place:doha' is a PLACE, expected PERSON"),
        expect.stringContaining('only people, organizations and countries act'),
      ]),
    );
  });

  it('reports every problem in one run: shape, vocabulary and references together, with the allowed values', () => {
    const b = talksBundle() as Record<string, any>;
    b.events[1].subType = 'PICNIC'; // a vocabulary problem in one item
    b.entities[3].placeType = 'TOWN'; // an enum problem in another
    b.claims[0].stances[0].actorId = 'org:nobody-declared'; // a reference (external: fine)
    b.relationships.push({
      type: 'WITHIN',
      from: 'place:doha',
      to: 'org:government-of-pakistan',
      source: { evidence: 'x' },
    });
    b.claims[0].figures[0].metric = 'soldier_deaths';
    const found = problems(b);
    const text = found.map((p) => `${p.fact} → ${p.field}: ${p.message}`);
    expect(text).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /events\[1\] \(event:border-clashes\) → subType: 'PICNIC' is not a sub-type of BATTLES \(one of ARMED_CLASH/,
        ),
        expect.stringMatching(
          /entities\[3\] \(place:qatar\) → placeType: must be one of COUNTRY, PROVINCE, .*; got 'TOWN'/,
        ),
        expect.stringMatching(
          /relationships\[3\] .* → to: 'org:government-of-pakistan' is a ORGANIZATION, expected PLACE/,
        ),
        expect.stringMatching(
          /claims\[0\] .* → figures\[0\]\.metric: 'soldier_deaths' is not a controlled metric: use one of people_killed/,
        ),
      ]),
    );
    // A bad item does not hide the others' references: the invalid place still counts as declared.
    expect(text.some((t) => t.includes("'place:qatar' is neither"))).toBe(false);
  });

  it('accepts unnamed sources and the outlet as speakers, stances on claims stated elsewhere, metric synonyms', () => {
    const b = talksBundle();
    b.claims![0]!.stances!.push(
      { anonymous: 'informed diplomatic sources', stance: 'ASSERTS', source: { basis: 'ARTICLE', evidence: 'x' } },
      { outlet: true, stance: 'DENIES', source: { basis: 'ARTICLE', evidence: 'x' } },
    );
    b.stances = [
      {
        claimId: 'claim:stated-elsewhere',
        anonymous: 'a security official',
        stance: 'DENIES',
        source: { basis: 'ARTICLE', evidence: 'x' },
      },
    ];
    b.claims![0]!.figures![0]!.metric = 'duration';
    const { bundle, external } = validateBundle(b);
    expect([...external.keys()]).toEqual(['claim:stated-elsewhere']);
    expect(bundle.claims[0]!.figures[0]!.metric).toBe('duration');
    const both = talksBundle();
    both.claims![0]!.stances![0]!.anonymous = 'officials';
    expect(problems(both)).toEqual([
      {
        fact: 'claims[0] (claim:sanctuaries)',
        field: 'stances[0].actorId',
        message: "give exactly one speaker: actorId, anonymous (the article's description) or outlet: true",
      },
    ]);
  });

  it('takes event status, and figures over several places', () => {
    const b = talksBundle();
    b.events![0]!.status = 'PLANNED';
    b.claims![0]!.figures![0]!.placeIds = ['place:doha', 'place:nowhere'];
    const r = checkBundle(b);
    expect(r.problems).toEqual([]);
    expect([...r.external.keys()]).toEqual(['place:nowhere']);
    b.events![0]!.ongoing = true;
    expect(problems(b)[0]).toMatchObject({ field: 'status', message: expect.stringContaining('ongoing is true') });
  });

  it('says where an excerpt stops matching the article text', () => {
    const text = 'The talks in Istanbul, which began on Saturday, ran for five days.';
    expect(whereItDiffers('The talks in Istanbul, which started on Saturday', text)).toBe(
      'not found verbatim in the article: it matches up to "…The talks in Istanbul, which ", then the text has ' +
        '"began on Saturday, ran for fiv" where the excerpt has "started on Saturday"',
    );
    const b = validateBundle(talksBundle()).bundle;
    const found = checkEvidence(b, 'Pakistan and Afghanistan met in Doha, mediated by Qatar and Turkey.');
    expect(found.find((p) => p.fact === 'entities[0] (place:pakistan)')).toBeUndefined();
    expect(found.find((p) => p.fact === 'events[0] (event:doha-talks)')).toMatchObject({
      field: 'source.evidence',
      message: expect.stringContaining('not found verbatim'),
    });
  });
});
