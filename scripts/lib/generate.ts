/**
 * Generates synthetic but valid content for the scale benchmark and the
 * synthetic build test: cases of both kinds with every fact field, texts in
 * French, English and Arabic of realistic length with the six standard
 * sections, and the organisations, programmes, people, themes and practices
 * they refer to. Texts are Markdown, as most real texts are; one case in ten
 * is written in MDX with an editor component (`<KeyFigure>`), so that both
 * kinds of text are built and measured. Like real texts, they cite their
 * sources (`[@key]`) in every paragraph that states a figure or a date, and
 * every source at least once; a practice's factors, pitfalls and steps cite
 * the cases that evidence it (`[@case-slug]`). Everything is drawn from a
 * seeded generator, so the same options always give the same files. The
 * output goes to a temporary folder and is never meant for `content/`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ACTOR_ROLES, CHANNELS, CONTRIBUTION_TYPES, LEADERSHIPS, SCALES } from '../../src/schemas/case';
import { LANGS, LISTED_STATUSES, type Lang, type Status } from '../../src/schemas/common';
import { ORGANIZATION_TYPES } from '../../src/schemas/organization';
import { PRACTICE_CATEGORIES } from '../../src/schemas/practice';
import {
  entryFile,
  entryFolder,
  FACTS_LANG,
  FILE_COLLECTIONS,
  FOLDER_COLLECTIONS,
  textFile,
  THEMES_FILE,
} from '../../src/lib/model/layout';
import { CASE_SECTIONS, SECTION_HEADINGS, type CaseSection } from '../../src/lib/model/sections';

/** What to generate. */
export interface GenerateOptions {
  /** Number of cases. */
  cases: number;
  /** Seed of the pseudo-random generator; the same seed gives the same content. */
  seed?: number;
  /** Folder to write into (emptied first); a new folder under the system's temporary folder when left out. */
  dir?: string;
}

/** What was generated, with a word a visitor could search for to find one case. */
export interface Generated {
  dir: string;
  counts: {
    cases: number;
    practices: number;
    organizations: number;
    programmes: number;
    people: number;
    themes: number;
  };
  /** A case and a word that appears in its texts and in no other case's. */
  probe: { slug: string; word: string; title: Record<Lang, string> };
  /** Place names (one per case, each unique), for building search queries. */
  places: string[];
}

/**
 * Mulberry32: a small, fast 32-bit generator. Good enough to vary content;
 * chosen because it is deterministic across platforms (no `Math.random`).
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = ReturnType<typeof prng>;
const int = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)];
function pickSome<T>(r: Rand, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]);
  return out;
}

const SYLLABLES = [
  'ka',
  'ro',
  'ta',
  'mi',
  'lu',
  'ne',
  'so',
  'da',
  'vi',
  'zo',
  'ba',
  'ri',
  'fe',
  'gu',
  'lo',
  'ma',
  'ni',
  'pe',
  'sa',
  'tu',
  'ya',
  'ke',
  'do',
  'ra',
  'mu',
  'li',
  'wa',
  'zi',
  'be',
  'ho',
] as const;

/** A pronounceable name, unique for each `n` (bijective base-30 in syllables), with a few random syllables for variety. */
function uniqueName(r: Rand, n: number, extra = 1, end = 'x'): string {
  let word = '';
  let k = n + 1;
  while (k > 0) {
    k -= 1;
    word = SYLLABLES[k % SYLLABLES.length] + word;
    k = Math.floor(k / SYLLABLES.length);
  }
  for (let i = 0; i < extra; i++) word = pick(r, SYLLABLES) + word;
  // Ends in a consonant that no syllable has, one per kind of thing named, so that names never collide.
  word += end;
  return word[0].toUpperCase() + word.slice(1);
}

const COUNTRIES = [
  'MA',
  'SN',
  'ML',
  'DZ',
  'TN',
  'KM',
  'MX',
  'PH',
  'ET',
  'SO',
  'BR',
  'IN',
  'CN',
  'CU',
  'BO',
  'NI',
  'GH',
  'NG',
  'KE',
  'CM',
  'CI',
  'BF',
  'NE',
  'TD',
  'MG',
  'HT',
  'VN',
  'BD',
  'PK',
  'ID',
  'CO',
  'PE',
] as const;
const RESIDENCE = ['FR', 'ES', 'IT', 'BE', 'DE', 'NL', 'US', 'CA', 'GB', 'SE'] as const;
const CURRENCIES = ['EUR', 'USD', 'XOF', 'MAD', 'MXN'] as const;

const THEMES: { id: string; label: Record<Lang, string>; description: Record<Lang, string> }[] = [
  ['education', 'Éducation', 'Education', 'التعليم'],
  ['health', 'Santé', 'Health', 'الصحة'],
  ['water', 'Eau et assainissement', 'Water and sanitation', 'الماء والصرف الصحي'],
  ['energy', 'Énergie', 'Energy', 'الطاقة'],
  ['agriculture', 'Agriculture', 'Agriculture', 'الزراعة'],
  ['remittances', 'Transferts de fonds', 'Remittances', 'التحويلات المالية'],
  ['entrepreneurship', 'Entrepreneuriat', 'Entrepreneurship', 'ريادة الأعمال'],
  ['gender', 'Égalité femmes-hommes', 'Gender equality', 'المساواة بين الجنسين'],
  ['governance', 'Gouvernance locale', 'Local governance', 'الحكامة المحلية'],
  ['capacity-building', 'Renforcement des capacités', 'Capacity building', 'تعزيز القدرات'],
  ['infrastructure', 'Infrastructures', 'Infrastructure', 'البنية التحتية'],
  ['culture', 'Culture', 'Culture', 'الثقافة'],
].map(([id, fr, en, ar]) => ({
  id: id,
  label: { fr: fr, en: en, ar: ar },
  description: {
    fr: `Projets consacrés au thème « ${fr} » (contenu synthétique).`,
    en: `Projects about ${en.toLowerCase()} (synthetic content).`,
    ar: `مشاريع في مجال ${ar} (محتوى اصطناعي).`,
  },
}));

/** Sentence templates per language; `{p}` is the case's place, `{c}` a country, `{o}` an organisation, `{y}` a year, `{n}` a number, `{t}` a theme. */
const SENTENCES: Record<Lang, string[]> = {
  fr: [
    "À {p}, les habitants manquaient d'un accès régulier aux services de base avant {y}.",
    "L'association {o} a réuni les membres de la diaspora autour d'un projet commun pour {p}.",
    'Le comité villageois a suivi chaque étape des travaux et rendu compte des dépenses chaque trimestre.',
    'Environ {n} personnes ont bénéficié du projet, selon le rapport final.',
    'Les cotisations des migrants ont couvert une partie du budget, le reste venant de subventions publiques.',
    "Le projet, centré sur le thème « {t} », s'est appuyé sur les autorités locales de {c}.",
    'Les partenaires ont signé une convention précisant les engagements de chacun et le calendrier.',
    "Une formation des responsables locaux a précédé la mise en service de l'équipement.",
    "Les difficultés d'acheminement du matériel ont retardé le chantier de plusieurs mois.",
    "L'évaluation menée en {y} a relevé une meilleure fréquentation et des coûts d'entretien maîtrisés.",
    "La commune a repris la gestion de l'ouvrage et fixé une redevance modeste pour son entretien.",
    'Les femmes du village ont pris une part active aux décisions, ce qui a facilité l’appropriation.',
  ],
  en: [
    'In {p}, residents lacked regular access to basic services before {y}.',
    'The association {o} brought diaspora members together around a shared project for {p}.',
    'The village committee followed every stage of the works and reported on spending each quarter.',
    'About {n} people benefited from the project, according to the final report.',
    'Contributions from migrants covered part of the budget, the rest coming from public grants.',
    'The project, focused on {t}, relied on the local authorities of {c}.',
    'The partners signed an agreement setting out each one’s commitments and the timetable.',
    'Training for local managers came before the equipment was put into service.',
    'Difficulties in shipping the equipment delayed the works by several months.',
    'The evaluation carried out in {y} found higher use and running costs kept under control.',
    'The municipality took over the facility and set a modest fee for its upkeep.',
    'Women in the village took an active part in decisions, which made ownership easier.',
  ],
  ar: [
    'في {p}، كان السكان يفتقرون إلى خدمات أساسية منتظمة قبل عام {y}.',
    'جمعت جمعية {o} أفراد الجالية حول مشروع مشترك لفائدة {p}.',
    'تابعت لجنة القرية كل مراحل الأشغال وقدّمت حساباً عن النفقات كل ثلاثة أشهر.',
    'استفاد من المشروع نحو {n} شخص، حسب التقرير النهائي.',
    'غطّت مساهمات المهاجرين جزءاً من الميزانية، وجاء الباقي من منح عمومية.',
    'اعتمد المشروع، الذي يتناول موضوع {t}، على السلطات المحلية في {c}.',
    'وقّع الشركاء اتفاقية تحدد التزامات كل طرف والجدول الزمني.',
    'سبق تكوينُ المسؤولين المحليين تشغيلَ التجهيزات.',
    'أدّت صعوبات نقل المعدات إلى تأخير الأشغال عدة أشهر.',
    'وجد التقييم الذي أُجري عام {y} إقبالاً أكبر وتكاليف تشغيل متحكَّماً فيها.',
    'تولّت البلدية تسيير المنشأة وحدّدت رسماً رمزياً لصيانتها.',
    'شاركت نساء القرية بفاعلية في القرارات، مما سهّل تملّك المشروع.',
  ],
};

const TITLES: Record<Lang, (p: string, t: string) => string> = {
  fr: (p, t) => `${t} à ${p} : un projet porté par la diaspora`,
  en: (p, t) => `${t} in ${p}: a diaspora-led project`,
  ar: (p, t) => `${t} في ${p}: مشروع تقوده الجالية`,
};
const TRANSFER_TITLES: Record<Lang, (p: string, t: string) => string> = {
  fr: (p, t) => `${t} : une pratique transférée à ${p}`,
  en: (p, t) => `${t}: a practice transferred to ${p}`,
  ar: (p, t) => `${t}: ممارسة نُقلت إلى ${p}`,
};
const SUMMARY: Record<Lang, (p: string) => string> = {
  fr: (p) =>
    `Étude de cas synthétique générée pour mesurer le site : à ${p}, une association et ses partenaires financent et suivent un projet local, avec des résultats chiffrés et des enseignements pour d'autres associations.`,
  en: (p) =>
    `Synthetic case study generated to measure the site: in ${p}, an association and its partners fund and follow a local project, with measured results and lessons for other associations.`,
  ar: (p) =>
    `دراسة حالة اصطناعية أُنشئت لقياس أداء الموقع: في ${p}، تموّل جمعية وشركاؤها مشروعاً محلياً وتتابعه، مع نتائج مرقّمة ودروس لجمعيات أخرى.`,
};
const LESSONS: Record<Lang, string[]> = {
  fr: [
    'Associer les autorités locales dès le départ facilite la reprise de l’ouvrage.',
    'Un comité de suivi sur place rend les comptes visibles aux donateurs.',
    'Prévoir le coût de l’entretien avant de construire.',
  ],
  en: [
    'Involving local authorities from the start makes handover easier.',
    'A monitoring committee on site makes accounts visible to donors.',
    'Plan the cost of upkeep before building.',
  ],
  ar: [
    'إشراك السلطات المحلية منذ البداية يسهّل تسليم المنشأة.',
    'لجنة متابعة في عين المكان تجعل الحسابات واضحة للمانحين.',
    'يجب تقدير تكلفة الصيانة قبل البناء.',
  ],
};
const ADAPTED: Record<Lang, string> = {
  fr: 'Le pays d’accueil a traduit les supports et confié la mise en œuvre à ses services déconcentrés.',
  en: 'The receiving country translated the materials and handed implementation to its local services.',
  ar: 'ترجم البلد المستقبل الوسائل وأسند التنفيذ إلى مصالحه المحلية.',
};

/** The sentence with a citation of `keys` (`[@a; @b]`) before its closing full stop, as editors write them. */
function cited(sentence: string, keys: readonly string[]): string {
  const citation = `[@${keys.join('; @')}]`;
  return sentence.endsWith('.') ? `${sentence.slice(0, -1)} ${citation}.` : `${sentence} ${citation}`;
}

/** Hands out keys in turn, so that the citations of a text spread over all its sources; remembers which it gave. */
function citer(keys: readonly string[]) {
  let next = 0;
  const given = new Set<string>();
  return {
    given,
    next(): string {
      const key = keys[next++ % keys.length];
      given.add(key);
      return key;
    },
  };
}

/**
 * A paragraph of `count` sentences with the slots filled; every sentence
 * stating a year or a number cites the next key of `cite`, as the content
 * check requires of a paragraph with a figure.
 */
function paragraph(
  r: Rand,
  lang: Lang,
  count: number,
  fill: Record<string, string>,
  cite: ReturnType<typeof citer>,
): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const sentence = pick(r, SENTENCES[lang]).replace(/\{(\w)\}/g, (_, key: string) =>
      key === 'y' ? String(int(r, 1995, 2024)) : key === 'n' ? String(int(r, 50, 20000)) : (fill[key] ?? key),
    );
    out.push(/\d/.test(sentence) ? cited(sentence, [cite.next()]) : sentence);
  }
  return out.join(' ');
}

function frontMatter(data: Record<string, unknown>): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * Writes a complete content folder of `cases` synthetic cases and returns
 * where it is and what it holds.
 */
export function generateFixtures(options: GenerateOptions): Generated {
  const n = Math.max(2, Math.floor(options.cases));
  const r = prng(options.seed ?? 20260101);
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), `atlas-synthetic-${n}-`));
  rmSync(dir, { recursive: true, force: true });
  for (const sub of [...Object.keys(FOLDER_COLLECTIONS), ...FILE_COLLECTIONS])
    mkdirSync(join(dir, sub), { recursive: true });

  // Themes.
  writeFileSync(join(dir, THEMES_FILE), stringify(THEMES, { lineWidth: 0 }));
  const themeIds = THEMES.map((t) => t.id);

  // People: authors, reviewers, translators, and one corporate author.
  const people: string[] = [];
  for (let i = 0; i < 12; i++) {
    const slug = `synthetic-person-${i + 1}`;
    people.push(slug);
    const person: Record<string, unknown> =
      i === 0
        ? { name: 'Synthetic editorial team', type: 'organization' }
        : { name: `${uniqueName(r, i, 1, 's')} ${uniqueName(r, i + 100, 1, 's')}`, type: 'person' };
    if (i % 3 === 1) person.orcid = `0000-0002-${String(1000 + i).slice(-4)}-${String(100 + i).slice(-3)}X`;
    if (i % 2 === 0 && i > 0) person.affiliation = 'Synthetic University';
    writeFileSync(entryFile(dir, 'people', slug), stringify(person));
  }

  // Organisations: about one for every eight cases.
  const orgCount = Math.max(8, Math.ceil(n / 8));
  const orgs: { slug: string; name: string; country: string }[] = [];
  for (let i = 0; i < orgCount; i++) {
    const name = `Association ${uniqueName(r, i, 1, 'n')}`;
    const slug = `synthetic-org-${i + 1}`;
    const country = pick(r, i % 2 ? COUNTRIES : RESIDENCE);
    orgs.push({ slug, name, country });
    const org: Record<string, unknown> = {
      name,
      type: ORGANIZATION_TYPES[i % ORGANIZATION_TYPES.length],
      description: {
        fr: `${name} est une organisation synthétique créée pour le banc d'essai de l'atlas.`,
        en: `${name} is a synthetic organisation made for the atlas benchmark.`,
        ar: `${name} منظمة اصطناعية أُنشئت لاختبار أداء الأطلس.`,
      },
    };
    if (i % 4 === 0) org.names = { fr: name, en: `${name} (en)`, ar: `جمعية ${name}` };
    if (i % 3 === 0) org.acronym = name.replace(/[^A-Z]/g, '') + String(i);
    if (i % 7 !== 6) org.country = country;
    if (i % 2 === 0) org.website = `https://example.org/${slug}`;
    writeFileSync(entryFile(dir, 'organizations', slug), stringify(org, { lineWidth: 0 }));
  }

  // Programmes: about one for every forty cases.
  const progCount = Math.max(3, Math.ceil(n / 40));
  const programmes: string[] = [];
  for (let i = 0; i < progCount; i++) {
    const slug = `synthetic-programme-${i + 1}`;
    programmes.push(slug);
    const name = `Programme ${uniqueName(r, i, 1, 'm')}`;
    const start = int(r, 1995, 2015);
    const programme: Record<string, unknown> = {
      name,
      names: { en: `${name} scheme`, ar: `برنامج ${name}` },
      acronym: `P${i + 1}`,
      operator: orgs[i % orgs.length].slug,
      funders: pickSome(r, orgs, 2).map((o) => o.slug),
      countries: pickSome(r, COUNTRIES, int(r, 0, 3)),
      period:
        i % 2 ? { start: String(start), end: String(start + int(r, 2, 8)) } : { start: String(start), ongoing: true },
      website: `https://example.org/${slug}`,
      description: {
        fr: `${name} cofinance des projets de développement portés par des associations de migrants.`,
        en: `${name} co-finances development projects led by migrant associations.`,
        ar: `يشارك ${name} في تمويل مشاريع تنموية تقودها جمعيات المهاجرين.`,
      },
      rules: [
        {
          fr: 'Apport de l’association : au moins 15 %.',
          en: 'Association’s share: at least 15 %.',
          ar: 'مساهمة الجمعية: 15 % على الأقل.',
        },
        { fr: 'Subvention plafonnée à 15 000 EUR.', en: 'Grant capped at EUR 15,000.' },
      ],
    };
    writeFileSync(entryFile(dir, 'programmes', slug), stringify(programme, { lineWidth: 0 }));
  }

  // Practices: about one for every twenty-five cases, each evidenced by at least two; written once the cases are known.
  const pracCount = Math.max(1, Math.min(Math.floor(n / 2), Math.ceil(n / 25)));
  const practices = Array.from({ length: pracCount }, (_, i) => `synthetic-practice-${i + 1}`);
  /** The listed cases that evidence each practice: the only cases its texts can cite. */
  const evidence = new Map<string, string[]>(practices.map((slug) => [slug, []]));

  // Cases.
  const places: string[] = [];
  let probe: Generated['probe'] | undefined;
  const probeIndex = Math.floor(n / 2);
  for (let i = 0; i < n; i++) {
    const kind = i % 3 === 2 ? 'transfer' : 'diaspora';
    const place = uniqueName(r, i, 1);
    places.push(place);
    const slug = `synthetic-case-${i + 1}`;
    const country = pick(r, COUNTRIES);
    const themes = pickSome(r, themeIds, int(r, 1, 3));
    const caseOrgs = pickSome(r, orgs, int(r, 2, 4));
    const caseProgs = pickSome(r, programmes, int(r, 0, 2));
    const start = int(r, 1995, 2020);
    const published = iso(int(r, 2024, 2025), int(r, 1, 12), int(r, 1, 28));
    const statusRoll = r();
    // The first case of each practice stays listed, so that every practice has a case its texts can cite.
    const status: Status =
      statusRoll < 0.02 && i >= pracCount ? 'retired' : statusRoll < 0.3 ? 'reviewed' : 'published';
    const original: Lang = i % 10 === 7 ? 'en' : i % 10 === 9 ? 'ar' : 'fr';
    const facts: Record<string, unknown> = {
      kind,
      status,
      published,
      updated: '2026-03-01',
      authors: [people[int(r, 0, 5)]],
      ...(status === 'reviewed' ? { reviewers: [people[int(r, 6, 11)]], reviewedOn: '2026-03-01' } : {}),
      ...(status === 'retired'
        ? { retiredReason: { fr: 'Remplacé par un cas plus complet.', en: 'Replaced by a fuller case.' } }
        : {}),
      licence: i % 11 === 0 ? 'CC-BY-SA-4.0' : 'CC-BY-4.0',
      ...(i % 13 === 0 ? { doi: `10.5281/zenodo.${1000000 + i}` } : {}),
      originalLanguage: original,
      ...(i % 17 === 0 ? { formerSlugs: [`${slug}-old`] } : {}),
      // Most diaspora cases are led by a diaspora organisation, some by a public body; transfers by anyone else.
      ledBy:
        kind === 'diaspora'
          ? i % 7 === 3
            ? 'public-body'
            : 'diaspora-organisation'
          : LEADERSHIPS.filter((l) => l !== 'diaspora-organisation')[i % (LEADERSHIPS.length - 1)],
      places: [
        {
          name: place,
          country,
          lat: Math.round((r() * 60 - 30) * 100) / 100,
          lon: Math.round((r() * 120 - 60) * 100) / 100,
        },
        ...(i % 4 === 0 ? [{ country: pick(r, COUNTRIES) }] : []),
      ],
      scale: pick(r, SCALES),
      period:
        i % 5 === 0
          ? { start: `${start}-0${int(r, 1, 9)}`, ongoing: true }
          : { start: String(start), end: String(start + int(r, 1, 6)) },
    };
    if (kind === 'diaspora')
      facts.diaspora = {
        origin: i % 19 === 0 ? [country, pick(r, COUNTRIES)] : country,
        ...(i % 2 === 0 ? { originLocality: { fr: place } } : {}),
        residence: pickSome(r, RESIDENCE, int(r, 1, 3)),
        organizations: [caseOrgs[0].slug],
      };
    else
      facts.transfer = {
        origin: country,
        originInstitution: caseOrgs[0].slug,
        receiving: pickSome(r, COUNTRIES, int(r, 1, 3)),
        receivingInstitutions: [caseOrgs[1].slug],
        channel: pick(r, CHANNELS),
        ...(caseOrgs[2] ? { facilitator: caseOrgs[2].slug } : {}),
      };
    facts.actors = caseOrgs.map((o, k) => ({ organization: o.slug, role: ACTOR_ROLES[k % ACTOR_ROLES.length] }));
    facts.programmes = caseProgs;
    const total = int(r, 10, 500) * 1000;
    const own = int(r, 10, 60);
    const currency = pick(r, CURRENCIES);
    facts.financing = {
      currency,
      total,
      contributions: [
        {
          type: kind === 'diaspora' && i % 4 === 1 ? 'diaspora-raised' : 'own-funds',
          source: caseOrgs[0].slug,
          amount: (total * own) / 100,
          share: own,
          bound: 'exact',
        },
        {
          type: pick(
            r,
            CONTRIBUTION_TYPES.filter((t) => t !== 'own-funds' && t !== 'top-up'),
          ),
          source: caseOrgs[1].slug,
          ...(caseProgs[0] ? { programme: caseProgs[0] } : {}),
          share: 100 - own - 10,
          bound: 'max',
          label: { fr: 'Subvention du programme', en: 'Programme grant', ar: 'منحة البرنامج' },
        },
        {
          type: 'top-up',
          topUpPercent: 30,
          share: 10,
          bound: 'min',
          ...(i % 6 === 1 ? { commitment: 'announced' } : {}),
        },
      ],
    };
    // Source keys as editors write them; the third source is a document without a title, described instead.
    const sourceKeys = Array.from({ length: int(r, 1, 4) }, (_, k) => (k === 2 ? 'interview' : `report-${k + 1}`));
    facts.results = Array.from({ length: int(r, 1, 4) }, (_, k) => {
      const value = int(r, 1, 5000);
      const result: Record<string, unknown> = {
        label: { fr: `Indicateur ${k + 1} à ${place}`, en: `Indicator ${k + 1} in ${place}`, ar: `المؤشر ${k + 1}` },
        value,
      };
      // Each kind of figure a page shows: a count, a percentage, an amount in thousands, a range, announced or not.
      if (k === 1) result.unit = { fr: '%', en: '%', ar: '%' };
      if (k === 2) Object.assign(result, { currency, scale: 'thousand' });
      if (k === 3) Object.assign(result, { qualifier: 'range', upper: value + int(r, 1, 500) });
      if (k === 0 && i % 3 === 1) result.qualifier = i % 2 ? 'more-than' : 'approx';
      if (k === 2 && i % 5 === 2) result.commitment = 'announced';
      return { ...result, year: start + 1, source: pick(r, sourceKeys) };
    });
    facts.beneficiaries = {
      fr: `Habitants de ${place} et des villages voisins.`,
      en: `People of ${place} and nearby villages.`,
      ar: `سكان ${place} والقرى المجاورة.`,
    };
    facts.themes = themes;
    facts.sdgs = pickSome(r, [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 13, 16, 17], int(r, 0, 3));
    // Case i evidences practice i mod P, and sometimes a second one: every practice gets at least two cases.
    const casePractices = [...new Set([practices[i % pracCount], ...(i % 3 === 0 ? [pick(r, practices)] : [])])];
    facts.practices = casePractices;
    if (LISTED_STATUSES.includes(status)) for (const practice of casePractices) evidence.get(practice)!.push(slug);
    facts.sources = sourceKeys.map((key, k) => ({
      key,
      ...(key === 'interview'
        ? {
            description: {
              fr: `Entretien avec le président de l'association, à ${place}`,
              en: `Interview with the association's chair, in ${place}`,
              ar: `مقابلة مع رئيس الجمعية في ${place}`,
            },
          }
        : { title: `Rapport ${k + 1} sur le projet de ${place}` }),
      publisher: orgs[(i + k) % orgs.length].name,
      date: String(start + 2),
      ...(key === 'interview' ? {} : { url: `https://example.org/reports/${slug}-${k + 1}` }),
      ...(k === 0
        ? { archived: `https://web.archive.org/web/2020/https://example.org/reports/${slug}-1`, accessed: '2026-01-10' }
        : {}),
      lang: pick(r, LANGS),
      ...(k === 1 ? { note: { fr: 'Document synthétique.', en: 'Synthetic document.', ar: 'وثيقة اصطناعية.' } } : {}),
    }));
    facts.media =
      i % 20 === 0
        ? [
            {
              src: `media/${slug}.jpg`,
              alt: { fr: `Vue de ${place}`, en: `View of ${place}`, ar: `منظر من ${place}` },
              credit: 'Synthetic',
            },
          ]
        : [];

    const folder = entryFolder(dir, 'cases', slug);
    mkdirSync(folder);

    // Every case has its original; one in ten lacks its Arabic translation (the page falls back).
    const langs = LANGS.filter((l) => l === original || !(l === 'ar' && i % 10 === 3));
    const themeLabel = THEMES.find((t) => t.id === themes[0])!.label;
    const titles = {} as Record<Lang, string>;
    const mdx = i % 10 === 5;
    for (const lang of langs) {
      const fill = { p: place, c: country, o: caseOrgs[0].name, t: themeLabel[lang] };
      titles[lang] = (kind === 'transfer' ? TRANSFER_TITLES : TITLES)[lang](place, themeLabel[lang]);
      const fm: Record<string, unknown> = {
        title: titles[lang],
        summary: SUMMARY[lang](place),
        lessons: pickSome(r, LESSONS[lang], int(r, 1, 3)),
        ...(kind === 'transfer' ? { adapted: ADAPTED[lang] } : {}),
      };
      if (lang !== original)
        fm.translation = { from: original, date: '2026-03-01', translators: [people[int(r, 1, 11)]] };
      // The facts follow the French text's fields (every synthetic case has a French text).
      if (lang === FACTS_LANG) Object.assign(fm, facts);
      // About 6 kB of prose per language, as in the real cases.
      const cite = citer(sourceKeys);
      const sections = CASE_SECTIONS.map((key: CaseSection) => ({
        key,
        paras: Array.from({ length: int(r, 2, 3) }, () => paragraph(r, lang, int(r, 3, 5), fill, cite)),
      }));
      // Every source is cited by the text: those no figure called for support its opening paragraph.
      const uncited = sourceKeys.filter((k) => !cite.given.has(k));
      if (uncited.length) sections[0].paras[0] = cited(sections[0].paras[0], uncited);
      const body = sections.map(({ key, paras }) => {
        if (key === 'replicate') paras.push(LESSONS[lang].map((l, k) => `${k + 1}. ${l}`).join('\n'));
        if (mdx && key === 'results') paras.unshift(`<KeyFigure value="${int(r, 2, 90)} %" label="${fill.t}" />`);
        return `## ${SECTION_HEADINGS[lang][key]}\n\n${paras.join('\n\n')}`;
      });
      writeFileSync(textFile('cases', folder, lang, mdx ? 'mdx' : 'md'), `${frontMatter(fm)}\n${body.join('\n\n')}\n`);
    }
    if (i === probeIndex) probe = { slug, word: place, title: titles };
  }

  for (const [i, slug] of practices.entries()) {
    const word = uniqueName(r, i, 1, 'r');
    const folder = entryFolder(dir, 'practices', slug);
    mkdirSync(folder);
    const facts: Record<string, unknown> = {
      status: i % 5 === 4 ? 'reviewed' : 'published',
      published: '2026-01-15',
      updated: '2026-02-01',
      authors: [people[0]],
      originalLanguage: 'fr',
      category: PRACTICE_CATEGORIES[i % PRACTICE_CATEGORIES.length],
      themes: pickSome(r, themeIds, 2),
      related: pracCount > 1 ? [`synthetic-practice-${((i + 1) % pracCount) + 1}`] : [],
    };
    if (facts.status === 'reviewed') Object.assign(facts, { reviewers: [people[2]], reviewedOn: '2026-02-01' });
    const text = {
      fr: {
        title: `Pratique ${word} : le comité de suivi local`,
        intro: 'Un comité de suivi local rend compte aux donateurs.',
      },
      en: {
        title: `${word} practice: the local monitoring committee`,
        intro: 'A local monitoring committee reports to donors.',
      },
      ar: { title: `ممارسة ${word}: لجنة المتابعة المحلية`, intro: 'لجنة متابعة محلية تقدّم الحساب للمانحين.' },
    } as const;
    const cases = evidence.get(slug)!;
    for (const lang of LANGS) {
      // Each factor, pitfall and step names the case it comes from; the body cites them too.
      const cite = citer(cases);
      const items = (from: number, to?: number) => LESSONS[lang].slice(from, to).map((l) => cited(l, [cite.next()]));
      const fm: Record<string, unknown> = {
        title: text[lang].title,
        summary: `${text[lang].intro} ${SUMMARY[lang](word)}`,
        enablingFactors: items(0, 2),
        pitfalls: items(2),
        steps: items(0),
      };
      if (lang !== 'fr') fm.translation = { from: 'fr', date: '2026-02-01', translators: [people[3]] };
      else Object.assign(fm, facts);
      const body = Array.from({ length: 3 }, () =>
        paragraph(r, lang, 4, { p: word, o: word, c: 'MA', t: word }, cite),
      ).join('\n\n');
      writeFileSync(textFile('practices', folder, lang, 'md'), `${frontMatter(fm)}\n${body}\n`);
    }
  }

  return {
    dir,
    counts: {
      cases: n,
      practices: pracCount,
      organizations: orgCount,
      programmes: progCount,
      people: people.length,
      themes: THEMES.length,
    },
    probe: probe!,
    places,
  };
}
