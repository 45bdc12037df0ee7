import { describe, expect, it } from 'vitest';
import { exactKeys, nameKeys, normalizeName, withoutHonorifics } from '../../src/model/names';
import { buildSearchQuery, escapeLucene } from '../../src/read/entity/search.query';

describe('name keys', () => {
  it('fold case, diacritics, punctuation and the dotless i', () => {
    expect(normalizeName('Türkiye')).toBe('turkiye');
    expect(normalizeName('  Tehrik-e-Taliban   Pakistan ')).toBe('tehrik e taliban pakistan');
    expect(normalizeName("Khawaja Muhammad Asif's")).toBe('khawaja muhammad asifs');
    expect(normalizeName('Dİyarbakır')).toBe('diyarbakir');
    expect(normalizeName('Trade & Transit')).toBe('trade and transit');
  });

  it('drop leading honorifics as a second key, never the whole name', () => {
    expect(withoutHonorifics('mullah mohammad yaqoob')).toBe('mohammad yaqoob');
    expect(withoutHonorifics('haji mullah yaqoob')).toBe('yaqoob');
    expect(withoutHonorifics('mullah')).toBeNull();
    expect(withoutHonorifics('sarfraz bugti')).toBeNull();
    expect(nameKeys(['Mullah Yaqoob', 'Yaqoob'])).toEqual(['mullah yaqoob', 'yaqoob', '~mulayakub', '~yakub']);
    expect(exactKeys(['Mullah Yaqoob', 'mullah  yaqoob'])).toEqual(['mullah yaqoob']);
  });
});

describe('search text to Lucene', () => {
  it('escapes every Lucene metacharacter', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o',
    );
  });

  it('turns nothing a user types into syntax', () => {
    expect(buildSearchQuery('***').query).toBe('');
    const q = buildSearchQuery('Pakistan AND NOT (India)').query;
    expect(q).not.toMatch(/\bAND NOT\b/);
    expect(q).toContain('"and"');
  });

  it('ranks the phrase above all terms above any term, with fuzziness growing with length', () => {
    const q = buildSearchQuery('Doha ceasefire').query;
    expect(q.startsWith('"doha ceasefire"^4 OR (')).toBe(true);
    expect(q).toContain('ceasefire~2');
    expect(buildSearchQuery('Taleban').query).toContain('taleban~1');
    // No edit distance under six letters: one edit turns Qalat (Zabul) into Kalat (Balochistan).
    expect(q).not.toContain('doha~');
    expect(buildSearchQuery('Qalat').query).not.toContain('~');
    expect(buildSearchQuery('Mullah Yaqoob').keys).toEqual(['mullah yaqoob', 'yaqoob']);
    expect(buildSearchQuery('Mullah Yaqoob').phonetic).toEqual(['~mulayakub', '~yakub']);
  });
});
