import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isPhoneticKey,
  nameKeys,
  normalizeName,
  phoneticFragment,
  phoneticKey,
  plainKeys,
  scriptOf,
} from '../../src/model/names';
import { entityFields } from '../../src/engine/bundle/bundle.schema';
import { buildMentionIndex, matchMentions } from '../../src/engine/mention/mention.linker';
import { seedBundleFiles } from '../../src/engine/seed/seed.service';
import { buildTextQuery } from '../../src/read/entity/search.query';

const sharesKey = (a: string, b: string) => nameKeys([a]).some((k) => nameKeys([b]).includes(k));

describe('Arabic-script names: keyboard variants are one name', () => {
  // [as typed, as the seed stores it]: Arabic, Persian and Pashto keyboards, pasted text, headlines.
  it.each([
    ['پاكستان', 'پاکستان'], // Arabic kaf ك for keheh ک
    ['كابل', 'کابل'],
    ['حاجي نجيب', 'حاجی نجیب'], // Arabic yeh ي for Farsi yeh ی
    ['ملا محمد يعقوب مجاهد', 'ملا محمد یعقوب مجاہد'], // and heh ه for heh goal ہ
    ['خواجہ آصف', 'خواجہ آصف'], // alef + combining maddah (decomposed آ)
    ['مُلّا یعقوب', 'ملا یعقوب'], // damma and shadda
    ['حکومتِ پاکستان', 'حکومت پاکستان'], // izafat kasra
    ['امارتِ اسلامیہ افغانستان', 'امارت اسلامیہ افغانستان'],
    ['اسلام‌آباد', 'اسلام آباد'], // zero-width non-joiner between the parts
    ['خیبر‌پختونخوا', 'خیبر پختونخوا'],
    ['دوحة', 'دوحہ'], // ta marbuta ة for Urdu ہ
    ['دوحه', 'دوحہ'],
    ['بهارت', 'بھارت'], // ه for do-chashmi heh ھ (no ھ on a Persian keyboard)
    ['نئی دهلی', 'نئی دہلی'],
    ['سرفراز بګټي', 'سرفراز بگٹی'], // Pashto gaf ګ and tteh ټ, final ي
    ['تحريك طالبان پاكستان', 'تحریک طالبان پاکستان'],
    ['فتنه الخوارج', 'فتنہ الخوارج'],
    ['فتنة الخوارج', 'فتنہ الخوارج'],
    ['ﮐﺎﺑﻞ', 'کابل'], // presentation forms, as pasted from a PDF
    ['پاکــستان', 'پاکستان'], // tatweel
    ['آئي ايس پي آر', 'آئی ایس پی آر'],
    ['بي ايل اے', 'بی ایل اے'],
    ['إسلام آباد', 'اسلام آباد'], // hamza below
    ['قبائلی علاقے', 'قبایلي علاقې'], // hamza seat ئ/ی, Urdu ے and Pashto ې
    ['خېبر پښتونخوا', 'خیبر پښتونخوا'], // Pashto ې
    ['٢٠٢٥', '2025'], // Arabic-Indic digits
    ['۲۰۲۵', '2025'], // Persian digits
  ])('%s = %s', (typed, stored) => {
    expect(normalizeName(typed)).toBe(normalizeName(stored));
    expect(normalizeName(typed)).not.toBe('');
  });

  it('leaves Devanagari vowel signs alone (they are letters of the word), drops the nukta', () => {
    expect(normalizeName('भारत')).toBe('भारत');
    expect(normalizeName('नई दिल्ली')).toBe('नई दिल्ली');
    expect(normalizeName('ज़रदारी')).toBe(normalizeName('जरदारी'));
  });

  it('keeps Latin keys as they were', () => {
    expect(normalizeName('Türkiye')).toBe('turkiye');
    expect(normalizeName('Tehrik-e-Taliban Pakistan')).toBe('tehrik e taliban pakistan');
    expect(plainKeys(['Mullah Mohammad Yaqoob Mujahid'])).toEqual([
      'mullah mohammad yaqoob mujahid',
      'mohammad yaqoob mujahid',
    ]);
  });

  it('drops titles written in Urdu, Pashto and Dari as it drops Mullah and Haji', () => {
    expect(plainKeys(['ملا محمد یعقوب'])).toContain(normalizeName('محمد یعقوب'));
    expect(plainKeys(['مولوي محمد یعقوب مجاهد'])).toContain(normalizeName('محمد یعقوب مجاہد'));
    expect(plainKeys(['حاجي نجیب'])).toContain(normalizeName('نجیب'));
  });

  it('reads the script (ISO 15924) from the characters', () => {
    expect(scriptOf('خواجہ آصف')).toBe('Arab');
    expect(scriptOf('Khawaja Asif')).toBe('Latn');
    expect(scriptOf('भारत सरकार')).toBe('Deva');
    expect(scriptOf('Kabul کابل')).toBeNull();
  });
});

describe('phonetic keys: one name in its Roman spellings', () => {
  it.each([
    ['Najeeb', 'Najib'],
    ['Hajji Najib', 'Haji Najeeb'],
    ['Hadji Najib', 'Hajji Najeeb'],
    ['Mohammed', 'Muhammad'],
    ['Mohd Yaqub', 'Muhammad Yaqoob'],
    ['Yakub', 'Yaqoob'],
    ['Yaqoub', 'Yaqub'],
    ['Muhammad Yaqub Mujahed', 'Mohammad Yaqoob Mujahid'],
    ['Mulla Yakub', 'Mullah Yaqoob'],
    ['Khwaja Mohammad Asif', 'Khawaja Muhammad Asif'],
    ['Tahrik-e-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan'],
    ['Tehrik-i-Taliban Pakistan', 'Tehreek e Taliban Pakistan'],
    ['Afghan Taleban', 'Afghan Taliban'],
    ['Fitnah al-Khawarij', 'Fitna al Khawarij'],
    ['Belochistan', 'Balochistan'],
    ['Beluchistan', 'Baluchistan'],
    ['Khyber Pakhtoonkhwa', 'Khyber Pakhtunkhwa'],
    ['Khyber Pukhtunkhwa', 'Khyber-Pakhtunkhwa'],
    ['KhyberPakhtunkhwa', 'Khyber Pakhtunkhwa'],
    ['Ahmed', 'Ahmad'],
    ['Hussein', 'Hussain'],
    ['Husayn', 'Husain'],
    ['Rehman', 'Rahman'],
    ['Yousaf', 'Yusuf'],
    ['Osman', 'Usman'],
    ['Omar', 'Umar'],
    ['Ramadhan', 'Ramazan'],
    ['Farooq', 'Farook'],
    ['Wazir', 'Vazir'],
    ['Peer Muhammad', 'Pir Muhammad'],
    ['Noor Ahmad', 'Nur Ahmed'],
    ['Mawlawi Abdul Kabir', 'Maulvi Abdul Kabir'],
    ['Sheikh Rasheed', 'Shaikh Rashid'],
    ['سرفراز بگتی', 'سرفراز بگٹی'], // ت typed for ٹ (a Persian keyboard has no ٹ)
    ['اسلامآباد', 'اسلام آباد'], // the zero-width non-joiner lost in copy-paste
    ['خواجہ آصف', 'خواجہ آسف'], // the three letters for s
    ['हिंदुस्तान', 'हिन्दुस्तान'], // anusvara or a half n
  ])('%s ~ %s', (a, b) => {
    expect(sharesKey(a, b)).toBe(true);
    expect(sharesKey(b, a)).toBe(true);
  });

  // Different people and places whose names look alike: from the seed's risks, and a list of our own.
  it.each([
    ['Qalat', 'Kalat'], // Zabul, Afghanistan vs Balochistan: a Q at the start is a deliberate ق
    ['Khawaja Saad Rafique', 'Khawaja Muhammad Asif'],
    ['Khawaja Saad Rafique', 'Khawaja Asif'],
    ['Asif Ali Zardari', 'Asif'],
    ['Mohammad Najibullah', 'Hajji Najib'],
    ['Najibullah', 'Najib'],
    ['Zabihullah Mujahid', 'Mohammad Yaqoob Mujahid'],
    ['Zabihullah Mujahid', 'Yaqoob Mujahid'],
    ['Mullah Mohammad Omar', 'Mullah Mohammad Yaqoob'],
    ['Mullah Mohammad Omar', 'Mohammad Yaqoob'],
    ['Sarfraz Ahmed', 'Sarfraz Ahmed Bugti'],
    ['Nawab Akbar Bugti', 'Sarfraz Bugti'],
    ['Nawab Akbar Bugti', 'Bugti'],
    ['Tehreek-e-Labbaik Pakistan', 'Tehreek-e-Taliban Pakistan'],
    ['Baloch Liberation Front', 'Baloch Liberation Army'],
    ['Hassan', 'Hussain'],
    ['Rahim', 'Rahman'],
    ['Amir', 'Amer'],
    ['Sadiq Khan', 'Saqib Khan'],
    ['Faisal', 'Fazal'],
    ['Karim', 'Karam'],
    ['Nawaz Sharif', 'Shahbaz Sharif'],
    ['Imran Khan', 'Imran Khattak'],
    ['Quetta', 'Kota'],
    ['Qatar', 'Katar'],
    ['Aziz', 'Azim'],
    ['TTP', 'TP'],
    ['خواجہ سعد رفیق', 'خواجہ آصف'],
    ['آصف علی زرداری', 'آصف'],
    ['ذبیح اللہ مجاہد', 'محمد یعقوب مجاہد'],
    ['ملا محمد عمر', 'ملا محمد یعقوب'],
    ['نواب اکبر بگٹی', 'سرفراز بگٹی'],
    ['تحریک لبیک پاکستان', 'تحریک طالبان پاکستان'],
    ['بی ایل ایف', 'بی ایل اے'],
  ])('%s ≠ %s', (a, b) => {
    expect(sharesKey(a, b)).toBe(false);
  });

  it('lives in a namespace of its own, and skips acronyms and keys too short to mean anything', () => {
    const keys = nameKeys(['Hajji Najib']);
    expect(keys.filter(isPhoneticKey)).toEqual(['~hajinajib', '~najib']);
    expect(keys.filter((k) => !isPhoneticKey(k)).every((k) => normalizeName(k) === k)).toBe(true);
    expect(nameKeys(['TTP', 'K.P.']).filter(isPhoneticKey)).toEqual([]);
    expect(phoneticKey('ali')).toBeNull();
  });

  it('turns a list filter fragment into what it looks like inside phonetic keys', () => {
    expect(phoneticFragment('najeeb')).toBe('najib');
    expect(phoneticFragment('haji najeeb')).toBe('hajinajib');
    expect(phoneticFragment('ab')).toBe('ab');
  });

  it('joins no two entities of one kind in the seed that their plain names keep apart', () => {
    const byKey = new Map<string, Set<string>>();
    const plainOwners = new Map<string, Set<string>>();
    for (const file of seedBundleFiles()) {
      const b = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const e of [...b.entities, ...b.events.map((v: object) => ({ ...v, kind: 'EVENT' }))]) {
        const names = [
          e.name,
          ...(e.aliases ?? []).map((a: string | { name: string }) => (typeof a === 'string' ? a : a.name)),
        ];
        for (const k of nameKeys(names)) {
          const map = isPhoneticKey(k) ? byKey : plainOwners;
          const id = `${e.kind}|${k}`;
          map.set(id, (map.get(id) ?? new Set()).add(e.id));
        }
      }
    }
    const joined = [...byKey].filter(([, ids]) => ids.size > 1).map(([k, ids]) => `${k}: ${[...ids].join(', ')}`);
    expect(joined).toEqual([]);
  });
});

describe('tagged aliases in bundles', () => {
  const person = (aliases: unknown[]) =>
    entityFields.safeParse({ id: 'person:x', kind: 'PERSON', name: 'Khawaja Asif', aliases });

  it('accept a script and language tag, and give the engine the name alone', () => {
    const r = person([
      'Khwaja Asif',
      { name: 'خواجہ آصف', script: 'Arab', lang: 'ur' },
      { name: 'خواجه آصف', lang: ['prs', 'ps'] },
    ]);
    expect(r.success).toBe(true);
    expect(r.data?.aliases).toEqual(['Khwaja Asif', 'خواجہ آصف', 'خواجه آصف']);
  });

  it('refuse a script the name is not written in, a bad language code and unknown fields', () => {
    const wrongScript = person([{ name: 'خواجہ آصف', script: 'Latn' }]);
    expect(wrongScript.success).toBe(false);
    expect(JSON.stringify(wrongScript.error?.issues)).toContain('written in Arab');
    expect(person([{ name: 'خواجہ آصف', lang: 'Urdu' }]).success).toBe(false);
    expect(person([{ name: 'خواجہ آصف', note: 'x' }]).success).toBe(false);
  });
});

describe('mentions in Urdu text', () => {
  it('are linked whatever keyboard typed them, and stop at Arabic punctuation', () => {
    const index = buildMentionIndex([
      { id: 'place:pakistan', kind: 'PLACE', names: ['Pakistan', 'پاکستان'] },
      { id: 'person:khawaja-muhammad-asif', kind: 'PERSON', names: ['Khawaja Muhammad Asif', 'خواجہ آصف'] },
      { id: 'place:dera-bugti-district', kind: 'PLACE', names: ['Dera Bugti', 'ڈیرہ بگٹی'] },
    ]);
    const text = 'وزیر دفاع خواجه آصف نے كہا کہ پاكستان امن چاہتا ہے۔ ڈیرہ، بگٹی';
    const found = matchMentions(index, text).mentions.map((m) => `${m.surface}→${m.entityId}`);
    expect(found).toEqual(['خواجه آصف→person:khawaja-muhammad-asif', 'پاكستان→place:pakistan']);
  });
});

describe('claim search text to Lucene', () => {
  it('keeps words as the index reads them and nothing as syntax', () => {
    expect(buildTextQuery('***')).toBe('');
    const q = buildTextQuery('“We have an OPEN war” -India');
    expect(q.startsWith('"we have an open war india"^4 OR (')).toBe(true);
    expect(q).not.toMatch(/(^|\s)-india/);
    expect(buildTextQuery("Pakistan's proposal")).toContain("pakistan's");
  });
});
