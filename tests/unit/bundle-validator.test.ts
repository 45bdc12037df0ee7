import { describe, expect, it } from 'vitest';
import { BundleValidationError, validateBundle } from '../../src/engine/bundle/bundle.validator';
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
});
