import { badInput } from '../core/errors';

// Normalised name keys for entity resolution and search: case-, diacritic- and punctuation-free, the
// Arabic script's keyboard variants folded, with honorifics and titles dropped as a second key
// ("Mullah Mohammad Yaqoob" → "mohammad yaqoob"), and a phonetic key in a namespace of its own for the
// many Roman spellings of one South Asian or Afghan name ("Najeeb" = "Najib", "Yakub" = "Yaqoob").

const HONORIFICS = new Set([
  'mullah',
  'mulla',
  'maulana',
  'maulvi',
  'molvi',
  'mawlawi',
  'hajji',
  'haji',
  'hadji',
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
  // The same titles in Urdu, Pashto and Dari script (after folding: ی for every yeh, ه for every heh).
  'ملا',
  'مولوی',
  'مولانا',
  'حاجی',
  'حافظ',
  'حضرت',
  'شیخ',
  'سید',
  'میر',
  'سردار',
  'نواب',
  'پیر',
  'ڈاکٹر',
  'داکتر',
  'جنرل',
]);

// Letters that Urdu, Persian, Pashto and Arabic write differently for the same sound, or that only one
// of their keyboards has: Arabic ي/ى, Urdu ے and Pashto ې/ۍ are all ی; Arabic ك is ک; ة, ہ, ە and ھ
// are ه (a Persian keyboard has no ھ or ہ); Pashto ګ ټ ډ ړ are Urdu گ ٹ ڈ ڑ; tatweel (ـ) only
// stretches a word. Hamza and madda carriers (أ إ آ ؤ ئ ۀ ۂ) lose their marks with the other harakat.
const SCRIPT_FOLDS: Record<string, string> = {
  '\u064A': 'ی', // ي Arabic yeh
  '\u0649': 'ی', // ى alef maksura
  '\u06D2': 'ی', // ے yeh barree
  '\u06D0': 'ی', // ې Pashto e
  '\u06CD': 'ی', // ۍ Pashto yeh with tail
  '\u0643': 'ک', // ك Arabic kaf
  '\u06AA': 'ک', // ڪ swash kaf
  '\u06AB': 'گ', // ګ Pashto gaf
  '\u0629': 'ه', // ة teh marbuta
  '\u06C3': 'ه', // ۃ teh marbuta goal
  '\u06C1': 'ه', // ہ heh goal
  '\u06D5': 'ه', // ە ae
  '\u06BE': 'ه', // ھ do-chashmi heh
  '\u0671': 'ا', // ٱ alef wasla
  '\u067C': 'ٹ', // ټ Pashto tteh
  '\u0689': 'ڈ', // ډ Pashto ddal
  '\u0693': 'ڑ', // ړ Pashto rreh
  '\u0640': '', // ـ tatweel
};
const SCRIPT_FOLD_RE = new RegExp(`[${Object.keys(SCRIPT_FOLDS).join('')}]`, 'gu');

/** Arabic-Indic, Persian and Devanagari digits as ASCII digits. */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/gu, (d) => {
    const c = d.codePointAt(0)!;
    return String(c - (c >= 0x0966 ? 0x0966 : c >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

/**
 * Lower-case, strip diacritics and punctuation, fold whitespace: "Türkiye" → "turkiye". In Arabic
 * script the harakat, hamza and madda marks go, and keyboard variants fold ("پاكستان" → "پاکستان").
 * Vowel signs of Indic scripts are letters of the word, not diacritics, and stay.
 */
export function normalizeName(s: string): string {
  return asciiDigits(
    s
      // Zero-width joiner and direction marks sit inside words; a zero-width non-joiner separates
      // them (Dari writes اسلام‌آباد), so it becomes a space with the other non-letters below.
      .replace(/[\u200D\u200E\u200F\u061C\u2066-\u2069]/gu, '')
      .normalize('NFKD')
      .replace(/(?=\p{M})[\p{sc=Zinh}\p{sc=Arab}\u093C]/gu, '')
      .replace(SCRIPT_FOLD_RE, (c) => SCRIPT_FOLDS[c]!)
      .toLowerCase()
      .replace(/ı/g, 'i')
      .replace(/&/g, ' and ')
      .replace(/['’`ʼ]/g, ''),
  )
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** The normalised form without leading honorifics/titles; null when nothing would remain. */
export function withoutHonorifics(normalized: string): string | null {
  const words = normalized.split(' ');
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i]!)) i++;
  return i === 0 ? null : words.slice(i).join(' ');
}

// ---------------------------------------------------------------------------------------------------
// Phonetic keys. One Arabic-script name has many Roman spellings; the key folds the differences that
// carry no meaning in transliteration, and keeps those that tell two names apart:
// - vowel length written several ways: ee → i, oo/ou → u, aa → a ("Najeeb" = "Najib", "Yaqoob" =
//   "Yaqub"); vowel quality stays, so Hassan ≠ Hussain, Rahim ≠ Rahman, Amir ≠ Amer (where e/i or o/u
//   are one name, a family below or an alias says so: Mohammed, Baloch/Baluch, Mujahed);
// - doubled letters are single ("Hajji" = "Haji", "Muhammad" = "Muhamad");
// - q → k except at the start of a word, where a Q is a deliberate ق ("Yaqub" = "Yakub", but Qalat in
//   Zabul stays apart from Kalat in Balochistan); w → v, ph → f, dh → z, dj → j, ck → k;
// - a final h after a vowel is silent ("Fitnah" = "Fitna");
// - the connectors of izafat and the Arabic article (-e-, -i-, al, ul, el) are spelling, not name;
// - the families of the most frequent names and titles, whose spellings differ by more than the rules
//   above (Muhammad/Mohammed/Mohd, Ahmad/Ahmed, Hussain/Hussein/Husayn, Khawaja/Khwaja, Hadji,
//   Mujahid/Mujahed, Taliban/Taleban, Tehrik/Tahrik, Omar/Umar, Baloch/Beluch..., Pakhtun/Pukhtoon/
//   Pashtun ...);
// - spaces and hyphens do not count ("Khyber-Pakhtunkhwa" = "KhyberPakhtunkhwa").
// In Arabic script the letters Urdu keeps for Arabic loanwords fold into the one sound each has there
// (ث ص → س, ذ ض ظ → ز, ط → ت, ح → ه), and the retroflexes a Persian keyboard cannot type into their
// plain forms (ٹ → ت, ڈ → د, ڑ → ر). Keys live in their own namespace: they start with "~", which no
// normalised name does, so a phonetic key never equals a plain one.

/** Marks a phonetic key among an entity's name keys (and its (:NameKey) id: "PERSON|~najib"). */
const PHONETIC_PREFIX = '~';

/** Whole words whose spellings vary more than the letter rules can say, and their one form. */
const WORD_FAMILIES: [RegExp, string][] = [
  [/^(?:m[ou]h?a?m+[ae]d|mohd|muhd)$/, 'muhamad'],
  [/^ahm[ae]d$/, 'ahmad'],
  [/^m[ae]hm(?:oo|ou|u)d$/, 'mahmud'],
  [/^h[ou]s+[ae][iy]n$/, 'husain'],
  [/^r[ae]hma+n$/, 'rahman'],
  [/^y(?:o|u|ou|oo)s(?:a|u|e|ou|oo)f$/, 'yusuf'],
  [/^[ou](?:s|th)man$/, 'usman'],
  [/^kh(?:a|u)?w(?:a)?jah?$/, 'khvaja'],
  [/^(?:hajj?i|hadji)$/, 'haji'],
  [/^m[ou]ll?ah?$/, 'mula'],
  [/^(?:ma[uw]l[av][iy]|mawlawi|mo[uw]?lv[iy]|maulavi)$/, 'mavlavi'],
  [/^(?:sh[ae][iy]kh?|sheikh)$/, 'shaikh'],
  [/^(?:syed|sayy?[ei]d|saiyid|seyed)$/, 'sayid'],
  [/^abd[aeuo]l$/, 'abdul'],
  [/^[ou]mar$/, 'umar'],
  [/^m[ou]j[ae]h[ie]d$/, 'mujahid'],
  [/^t[ae]l[ie]ban$/, 'taliban'],
  [/^t[ae]hr(?:ee|i)k$/, 'tahrik'],
];

/** Word beginnings shared by many names of the region, spelt in several ways. */
const STEM_FAMILIES: [RegExp, string][] = [
  [/^b[aei]l(?:oo|o|u)ch/, 'baluch'],
  [/^p[au](?:kh|sh)t(?:oo|o|u)n/, 'pakhtun'],
];

/** Connectors that are spelling, not name: izafat -e-/-i- and the Arabic article. */
const CONNECTORS = new Set(['e', 'i', 'al', 'el', 'ul', 'il', 'ol']);

/** Keys shorter than this say too little to join two names ("Ali", "KP"). */
const MIN_PHONETIC_LENGTH = 4;

function latinPhonetic(word: string): string {
  for (const [re, form] of WORD_FAMILIES) if (re.test(word)) return form;
  let w = word;
  for (const [re, form] of STEM_FAMILIES) w = w.replace(re, form);
  w = w
    .replace(/ph/g, 'f')
    .replace(/dh/g, 'z')
    .replace(/dj/g, 'j')
    .replace(/ck/g, 'k')
    .replace(/(?<=.)q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/ee/g, 'i')
    .replace(/oo|ou/g, 'u')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/(?<=[aiu])h$/, '');
  return w;
}

const ARABIC_PHONETIC: Record<string, string> = {
  ث: 'س',
  ص: 'س',
  ذ: 'ز',
  ض: 'ز',
  ظ: 'ز',
  ط: 'ت',
  ح: 'ه',
  ٹ: 'ت',
  ڈ: 'د',
  ڑ: 'ر',
};
const ARABIC_PHONETIC_RE = new RegExp(`[${Object.keys(ARABIC_PHONETIC).join('')}]`, 'gu');

function wordPhonetic(word: string): string {
  if (/^[a-z0-9]+$/.test(word)) return CONNECTORS.has(word) ? '' : latinPhonetic(word);
  return (
    word
      .replace(ARABIC_PHONETIC_RE, (c) => ARABIC_PHONETIC[c]!)
      // Devanagari: a nasal consonant with virama before another consonant is written as anusvara too.
      .replace(/[ङञणनम]्(?=[क-ह])/gu, 'ं')
      .replace(/ँ/gu, 'ं')
  );
}

/** The phonetic key of a normalised name ("~najib" for "najeeb"), or null when too short to be useful. */
export function phoneticKey(normalized: string): string | null {
  const key = normalized.split(' ').map(wordPhonetic).join('');
  return key.length >= MIN_PHONETIC_LENGTH ? PHONETIC_PREFIX + key : null;
}

export function isPhoneticKey(key: string): boolean {
  return key.startsWith(PHONETIC_PREFIX);
}

/** An acronym ("TTP", "K.P.") is spelt, not pronounced: it gets no phonetic key. */
function isAcronym(name: string): boolean {
  return /^[\p{Lu}\d.&\s-]+$/u.test(name) && !/\p{Lu}\p{Ll}/u.test(name);
}

/** Every key a name or alias is known by: normalised, without honorifics, and phonetic (prefixed "~"). */
export function nameKeys(names: string[]): string[] {
  const keys = new Set<string>(plainKeys(names));
  for (const n of names) {
    if (isAcronym(n)) continue;
    for (const k of plainKeys([n])) {
      const p = phoneticKey(k);
      if (p) keys.add(p);
    }
  }
  return [...keys];
}

/** The normalised keys only (with and without honorifics), no phonetic ones. */
export function plainKeys(names: string[]): string[] {
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

/**
 * A name filter's fragment as it reads inside phonetic keys ("najeeb" → "najib"), without the namespace
 * mark: list filters look for it in the text of every key. The fragment itself when that is shorter.
 */
export function phoneticFragment(key: string): string {
  const p = key.split(' ').map(wordPhonetic).join('');
  return p.length >= 3 ? p : key;
}

// ---------------------------------------------------------------------------------------------------
// Scripts (ISO 15924), read from the characters of a name.

/** The ISO 15924 codes this API reads from names. */
export const SCRIPT_CODES = ['Latn', 'Arab', 'Deva', 'Cyrl', 'Grek', 'Hans'] as const;
export type ScriptCode = (typeof SCRIPT_CODES)[number];

const SCRIPTS: Record<ScriptCode, RegExp> = {
  Latn: /\p{sc=Latn}/u,
  Arab: /\p{sc=Arab}/u,
  Deva: /\p{sc=Deva}/u,
  Cyrl: /\p{sc=Cyrl}/u,
  Grek: /\p{sc=Grek}/u,
  Hans: /\p{sc=Han}/u,
};

/** The script a name is written in; null when it mixes scripts or has no letters. */
export function scriptOf(name: string): ScriptCode | null {
  const found = SCRIPT_CODES.filter((code) => SCRIPTS[code].test(name));
  return found.length === 1 ? found[0]! : null;
}

/** An entity's preferred name and aliases, each with the script it is written in. */
export function namesWithScripts(
  name: string,
  aliases: string[],
): { name: string; preferred: boolean; script: ScriptCode | null }[] {
  return [name, ...aliases].map((n, i) => ({ name: n, preferred: i === 0, script: scriptOf(n) }));
}
