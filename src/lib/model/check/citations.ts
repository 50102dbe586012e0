/**
 * Sources on every claim. A case's texts cite its `sources` by key (`[@key]`,
 * see `src/lib/cite/in-text.ts`): the check refuses a key the case does not
 * list, a paragraph that states a figure, a date or an amount without a
 * citation, and a listed source that no sentence of a text cites. A
 * practice's enabling factors, pitfalls and steps each cite the cases they
 * come from (`[@case-slug]`), and only cases that evidence the practice.
 * Result labels keep qualifiers out of their text (see `QUALIFIERS`).
 */
import type { CaseFacts } from '../../../schemas/case';
import type { Lang } from '../../../schemas/common';
import { CITATION_KEY, citationsIn } from '../../cite/in-text';
import { sourceName } from '../../cite/marks';
import { SCAFFOLD_MARKER } from '../../editors/scaffold-marker';
import type { MdxNode } from '../safe-mdx';
import type { Parsed, Problems } from './read';
import type { TextFrontMatter, Texts } from './texts';
import { problemLang, say } from './wording';

/** A figure, a year or an amount: any digit, Western or Arabic-Indic. */
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/** Words that qualify a figure, per language: they belong in `qualifier`, not in the label. */
const QUALIFIER_WORDS: Record<Lang, RegExp> = {
  fr: /\b(environ|plus de|au moins|moins de|jusqu'à|jusqu’à|au plus|près de|presque|quelque)\b|\(\s*(env\.|environ|plus de|au moins)\s*\)/i,
  en: /\b(about|approximately|around|roughly|more than|at least|fewer than|less than|up to|at most|nearly|almost|over)\b/i,
  ar: /(أكثر من|أزيد من|حوالي|نحو|قرابة|ما يقارب|على الأقل|أقل من|حتى|ما لا يقل عن)/,
};

/** A paragraph of a body, its text (citations included) and its line in the file. */
interface Paragraph {
  text: string;
  line: number | undefined;
}

/** Every paragraph of a parsed body (list items hold paragraphs too), with its line. */
export function paragraphsOf(tree: MdxNode): Paragraph[] {
  const out: Paragraph[] = [];
  const textOf = (node: MdxNode): string =>
    node.type === 'text' || node.type === 'inlineCode'
      ? (node.value ?? '')
      : (node.children ?? []).map(textOf).join('');
  const walk = (node: MdxNode) => {
    if (node.type === 'paragraph') out.push({ text: textOf(node), line: node.position?.start.line });
    else for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return out;
}

/** Problems with the citations of a case's texts and results. */
export function checkCaseCitations(problems: Problems, facts: Parsed, value: CaseFacts, texts: Texts<TextFrontMatter>) {
  const keys = new Set(value.sources.map((s) => s.key));
  const citedByResults = new Set<string>();
  value.results.forEach((result, i) => {
    for (const [lang, label] of Object.entries(result.label) as [Lang, string][]) {
      const word = QUALIFIER_WORDS[lang].exec(label);
      if (word)
        problems.add(facts, `results.${i}.label.${lang}`, say.qualifierInLabel(word[0]), ['results', i, 'label', lang]);
    }
    if (result.source === undefined) return;
    citedByResults.add(result.source);
    if (!keys.has(result.source))
      problems.add(facts, `results.${i}.source`, say.resultSourceUnknown(result.source, [...keys]), [
        'results',
        i,
        'source',
      ]);
  });

  // A draft is still being written: only what it cites is checked, not what it does not cite yet.
  const draft = value.status === 'draft';
  for (const { value: text, parsed, tree } of texts.values()) {
    if (!parsed || text?.translation?.draft) continue;
    const cited = new Set<string>();
    const cite = (found: string[], where: (message: string) => void) => {
      for (const key of found) {
        cited.add(key);
        if (!CITATION_KEY.test(key)) where(say.citationNotAKey(key));
        else if (!keys.has(key)) where(say.citesUnknownSource(key, [...keys]));
      }
    };
    for (const paragraph of tree ? paragraphsOf(tree) : []) {
      const at = (message: string) =>
        problems.list.push({ file: parsed.file, line: paragraph.line, field: 'body', message });
      const found = citationsIn(paragraph.text);
      cite(
        found.flatMap((c) => c.keys),
        at,
      );
      if (!draft && found.length === 0 && DIGIT.test(paragraph.text)) at(say.figureWithoutCitation([...keys]));
    }
    const front = parsed.data as { lessons?: unknown; title?: unknown; summary?: unknown };
    if (Array.isArray(front.lessons))
      front.lessons.forEach((lesson, i) => {
        if (typeof lesson !== 'string') return;
        cite(
          citationsIn(lesson).flatMap((c) => c.keys),
          (message) => problems.add(parsed, `lessons.${i}`, message, ['lessons', i]),
        );
      });
    for (const field of ['title', 'summary'] as const) {
      const written = front[field];
      if (typeof written === 'string' && citationsIn(written).length > 0)
        problems.add(parsed, field, say.citationInTitle(field), [field]);
    }
    for (const source of draft || !tree ? [] : value.sources)
      if (!cited.has(source.key) && !citedByResults.has(source.key))
        problems.add(parsed, 'body', say.sourceNotCited(source.key, sourceName(problemLang(), source)));
  }
}

/** The lists of a practice whose every item must name the cases it comes from. */
export const PRACTICE_ITEM_LISTS = ['enablingFactors', 'pitfalls', 'steps'] as const;

/** Problems with the citations of a practice: every item cites a case, and only cases that evidence the practice. */
export function checkPracticeCitations(
  problems: Problems,
  slug: string,
  texts: Texts<TextFrontMatter>,
  evidence: ReadonlySet<string>,
  cases: { valid: ReadonlySet<string>; found: ReadonlySet<string> },
  draft: boolean,
) {
  // A case whose facts are not valid has its own problems: what it evidences is not known yet.
  const unknowable = (key: string) => cases.found.has(key) && !cases.valid.has(key);
  const wrongCase = (key: string) =>
    cases.valid.has(key) ? say.citesCaseNotEvidence(key, slug, [...evidence]) : say.citesNoSuchCase(key, [...evidence]);
  for (const { value: text, parsed, tree } of texts.values()) {
    if (!parsed || text?.translation?.draft) continue;
    const front = parsed.data as Record<string, unknown>;
    for (const list of PRACTICE_ITEM_LISTS) {
      const items = front[list];
      if (!Array.isArray(items)) continue;
      items.forEach((item, i) => {
        // Text left to write (`npm run new` shows the syntax there) is the TODO check's business.
        if (typeof item !== 'string' || item.includes(SCAFFOLD_MARKER)) return;
        const keys = citationsIn(item).flatMap((c) => c.keys);
        const add = (message: string) => problems.add(parsed, `${list}.${i}`, message, [list, i]);
        if (keys.length === 0 && !draft) add(say.itemWithoutCase([...evidence]));
        for (const key of keys) if (!evidence.has(key) && !unknowable(key)) add(wrongCase(key));
      });
    }
    for (const paragraph of tree ? paragraphsOf(tree) : [])
      for (const key of citationsIn(paragraph.text).flatMap((c) => c.keys))
        if (!evidence.has(key) && !unknowable(key))
          problems.list.push({
            file: parsed.file,
            line: paragraph.line,
            field: 'body',
            message: wrongCase(key),
          });
  }
}
