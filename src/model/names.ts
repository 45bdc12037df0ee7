import { badInput } from '../core/errors';

// Normalised name keys for entity resolution and search: case-, diacritic- and punctuation-free,
// with honorifics and titles dropped as a second key ("Mullah Mohammad Yaqoob" → "mohammad yaqoob").

const HONORIFICS = new Set([
  'mullah',
  'mulla',
  'maulana',
  'maulvi',
  'molvi',
  'mawlawi',
  'hajji',
  'haji',
  'hafiz',
  'hazrat',
  'sheikh',
  'shaikh',
  'syed',
  'sayed',
  'sayyid',
  'mir',
  'sardar',
  'nawab',
  'pir',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sir',
  'gen',
  'general',
  'lt',
  'col',
  'maj',
  'brig',
  'capt',
  'the',
]);

/** Lower-case, strip diacritics and punctuation, fold whitespace: "Türkiye" → "turkiye". */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/&/g, ' and ')
    .replace(/['’`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The normalised form without leading honorifics/titles; null when nothing would remain. */
export function withoutHonorifics(normalized: string): string | null {
  const words = normalized.split(' ');
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i]!)) i++;
  return i === 0 ? null : words.slice(i).join(' ');
}

/** Every key a name or alias is known by. */
export function nameKeys(names: string[]): string[] {
  const keys = new Set<string>();
  for (const n of names) {
    const k = normalizeName(n);
    if (!k) continue;
    keys.add(k);
    const bare = withoutHonorifics(k);
    if (bare) keys.add(bare);
  }
  return [...keys];
}

/** Exact normalised forms only (no honorific stripping): the stronger evidence when resolving. */
export function exactKeys(names: string[]): string[] {
  return [...new Set(names.map(normalizeName).filter(Boolean))];
}

/** A name filter argument as a normalised key, or null for "no filter". */
export function nameFilter(field: string, name: string | undefined | null): string | null {
  if (name === undefined || name === null) return null;
  if (name.length > 200) throw badInput(field, 'at most 200 characters');
  const key = normalizeName(name);
  return key === '' ? null : key;
}
