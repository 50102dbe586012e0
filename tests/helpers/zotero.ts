/**
 * What Zotero's "Embedded Metadata" translator reads from a page: the item
 * type it saves and the creators it makes of the authors. It runs the
 * translator's own code (`tests/vendor/zotero/`, as published by Zotero,
 * unmodified) with the name splitting of Zotero's own utilities, the two
 * steps that decide whether a corporate author stays one name and whether
 * the item is a report or a web page:
 *
 * - `detectWeb`, which types the item from the Highwire tags. A page with
 *   Dublin Core or Open Graph tags also asks for Zotero's RDF translator;
 *   it is given an empty one, which cannot change the type when a Highwire
 *   tag has set it (the translator takes the Highwire type first).
 * - `processHighwireCreators`, which turns the `citation_author` tags into
 *   creators through `Zotero.Utilities.cleanAuthor`.
 *
 * @see https://github.com/zotero/translators/blob/master/Embedded%20Metadata.js
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { parse, type HTMLElement } from 'node-html-parser';

const VENDOR = new URL('../vendor/zotero/', import.meta.url);
const require = createRequire(import.meta.url);

/** A creator as Zotero stores it: a personal name in two parts, an organisation's in `lastName` alone. */
export interface ZoteroCreator {
  firstName?: string;
  lastName: string;
  creatorType: string;
}

export interface ZoteroReading {
  itemType: string | false | undefined;
  creators: ZoteroCreator[];
}

/** Zotero's utilities, loaded once as Zotero loads them in Node, with XRegExp from its npm package. */
let utilities: Record<string, unknown> | undefined;
function zoteroUtilities(): Record<string, unknown> {
  if (utilities) return utilities;
  const module = { exports: {} as Record<string, unknown> };
  const context = vm.createContext({
    module,
    require: (id: string): unknown => (id === './xregexp-all' ? require('xregexp') : require(id)),
    Zotero: { debug() {} },
  });
  vm.runInContext(readFileSync(new URL('utilities.js', VENDOR), 'utf8'), context);
  return (utilities = module.exports);
}

/**
 * The translator's code. A translator file opens with its metadata as a JSON
 * object, which Zotero reads apart from the code. The code keeps state
 * between calls, so each page gets a fresh copy of it.
 */
let translatorCode: vm.Script | undefined;
function translatorScript(): vm.Script {
  const code = readFileSync(new URL('Embedded Metadata.js', VENDOR), 'utf8').replace(/^\{[\s\S]*?\n\}\n/, '');
  return (translatorCode ??= new vm.Script(
    `${code}\n;globalThis.translator = { detectWeb, processHighwireCreators };`,
  ));
}

/** The DOM calls the translator makes, answered from the parsed page. */
function documentOf(root: HTMLElement) {
  return {
    querySelectorAll: (selector: string) => root.querySelectorAll(selector),
    getElementsByTagName: (name: string) => root.getElementsByTagName(name),
    getElementById: (id: string) => root.getElementById(id),
    getElementsByClassName: (name: string) => root.querySelectorAll(`.${name}`),
    documentElement: root.querySelector('html'),
    head: root.querySelector('head'),
  };
}

/** Runs the translator on a page's HTML as Zotero would on `url`. */
export function zoteroReads(html: string, url: string): ZoteroReading {
  const root = parse(html);
  const doc = documentOf(root);
  let itemType: ZoteroReading['itemType'];
  const emptyRdf = { Zotero: { RDF: { addStatement() {} } }, getNodes: () => [], detectType: () => undefined };
  const sandbox: Record<string, unknown> = {
    Zotero: {
      debug() {},
      Utilities: zoteroUtilities(),
      done: (type: ZoteroReading['itemType']) => (itemType = type),
      loadTranslator: () => ({
        setTranslator() {},
        setHandler() {},
        getTranslatorObject: (use: (rdf: unknown) => void) => use(emptyRdf),
      }),
    },
    Z: { debug() {} },
    ZU: zoteroUtilities(),
    // The translation framework's helper: an attribute of the first element a selector matches.
    attr: (_doc: unknown, selector: string, name: string) =>
      root.querySelector(selector.replace(/^html>head>/, 'head '))?.getAttribute(name) ?? '',
  };
  translatorScript().runInContext(vm.createContext(sandbox));
  const translator = sandbox.translator as {
    detectWeb: (doc: unknown, url: string) => ZoteroReading['itemType'];
    processHighwireCreators: (nodes: { nodeValue: string }[], role: string, doc: unknown) => ZoteroCreator[];
  };
  const detected = translator.detectWeb(doc, url);
  // The `citation_author` tags, as the translator's XPath gives them: attribute nodes of meta tags whose name ends so.
  const authors = root
    .querySelectorAll('meta')
    .filter((meta) => meta.getAttribute('name')?.endsWith('citation_author'))
    .map((meta) => ({ nodeValue: meta.getAttribute('content') ?? '' }));
  return { itemType: detected ?? itemType, creators: translator.processHighwireCreators(authors, 'author', doc) };
}
