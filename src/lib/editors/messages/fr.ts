/** French strings of the editors' command-line tools (see `index.ts`); the same keys as `en.ts`. */
import type { Messages } from './en';

const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

export const fr: Messages = {
  usage: {
    heading: 'Utilisation :',
    countries:
      'Pays : codes (MA) ou noms en français, en anglais ou en arabe (Maroc, Morocco), séparés par des virgules.',
    ui: 'langue des questions et des messages (sinon celle du système).',
    prompts: 'Sans options, et dans un terminal, la commande demande chaque valeur.',
  },
  args: {
    unknownFlag: (flag, meant) =>
      `${flag} n’est pas une option de cette commande${meant ? ` — vouliez-vous dire ${meant} ?` : ''}`,
    needsValue: (flag) => `${flag} demande une valeur : ${flag} <valeur>`,
    takesNoValue: (flag) => `${flag} ne prend pas de valeur`,
    unexpected: (argument) => `« ${argument} » n’est pas attendu ici : une valeur suit son option (--title "…")`,
  },
  check: {
    problems: (n) => `${plural(n, 'problème trouvé', 'problèmes trouvés')}.`,
    valid: (c) =>
      `Le contenu est valide : ${c.cases} études de cas, ${c.practices} pratiques, ${c.organizations} organisations, ${c.programmes} programmes, ${c.people} personnes, ${c.themes} thèmes.`,
    buildStopped: (n) =>
      `Le contenu a ${plural(n, 'problème', 'problèmes')} ; ${n <= 1 ? 'corrigez-le' : 'corrigez-les'} et relancez la construction :`,
    previewStopped: (n) =>
      `Le contenu a ${plural(n, 'problème', 'problèmes')} ; les pages ${n <= 1 ? 'l’affichent' : 'les affichent'} jusqu’à ${n <= 1 ? 'ce qu’il soit corrigé' : 'ce qu’ils soient corrigés'} :`,
    pageTitle: (n) => `Contenu : ${plural(n, 'problème', 'problèmes')}`,
    pageHeading: (n) => `Le contenu a ${plural(n, 'problème', 'problèmes')}`,
    pageHelp:
      'Corrigez les fichiers ci-dessous (les mêmes messages que <code>npm run check</code>) ; cette page se recharge d’elle-même une fois qu’ils sont corrigés.',
  },
  new: {
    intro: 'Codev Atlas : nouveau contenu',
    what: 'Que voulez-vous commencer ?',
    whatCase: 'Une étude de cas',
    whatPractice: 'Une pratique',
    whatTranslation: 'Une traduction d’une étude de cas ou d’une pratique',
    whatOrganization: 'Une organisation',
    whatPerson: 'Une personne (autrice ou auteur, traduction, relecture)',
    sayWhat: (options) => `dites quoi créer : ${options}`,
    notOneOf: (value, options) => `« ${value} » n’est pas l’un de ${options}`,
    mustBeOneOf: (options) => `doit être l’un de ${options}`,
    missing: (flag) => `--${flag} manque`,
    cancelled: 'Annulé : rien n’a été écrit.',
    isEmpty: 'est vide',
    search: 'Tapez pour chercher',
    noPeople:
      'personne n’est encore dans content/people/ : lancez d’abord npm run new -- person, ou ajoutez content/people/<votre-slug>.yaml avec votre nom',
    kind: 'Type de cas',
    kindDiaspora: 'un projet porté par une diaspora',
    kindTransfer: 'un transfert de pratique Sud-Sud',
    textLang: 'Langue dans laquelle vous l’écrivez',
    title: 'Titre',
    giveTitle: 'Donnez un titre',
    slug: 'Slug (l’adresse de la page ; jamais changé ensuite)',
    noSlug:
      'le titre ne donne pas de slug (il n’a pas de lettres latines) : donnez-en un avec --slug, en lettres latines minuscules, chiffres et tirets',
    slugFlag: (problem) => `${problem} (donnez-en un avec --slug)`,
    whereDiaspora: 'Pays d’origine de la diaspora, où le projet a lieu',
    whereTransfer: 'Pays receveurs',
    residence: 'Pays où vit la diaspora',
    origin: 'Pays d’où vient la pratique',
    channel: 'Canal',
    themes: 'Thèmes',
    scale: 'Échelle',
    startProblem: 'doit être une année (2015), un mois (2015-06) ou un jour (2015-06-01)',
    start: 'Date de début (2015, 2015-06 ou 2015-06-01)',
    authors: 'Autrices et auteurs',
    translators: 'Traductrices et traducteurs',
    category: 'Catégorie',
    translate: 'Traduire',
    translateCase: 'une étude de cas',
    translatePractice: 'une pratique',
    whichOne: 'Laquelle',
    into: 'Traduire en',
    inEveryLanguage: (entry) => `${entry} existe déjà dans toutes les langues`,
    missingEntry: '--case <slug> ou --practice <slug> manque',
    name: 'Nom',
    giveName: 'Donnez un nom',
    organizationName: 'Nom de l’organisation, dans sa propre langue',
    organizationType: 'Type d’organisation',
    country: 'Pays de son siège (vide pour un organisme international)',
    description: 'Une ou deux phrases sur ce qu’elle est et fait',
    descriptionLang: 'Langue de cette description',
    personName: 'Nom, tel qu’il doit être cité',
    personType: 'Une personne, ou un auteur collectif',
    personTypePerson: 'une personne',
    personTypeOrganization: 'un auteur collectif (une équipe, une organisation)',
    exists: (path) => `${path} existe déjà : rien n’a été écrit`,
    notASlug: (slug) =>
      `« ${slug} » n’est pas un slug : utilisez des lettres minuscules, des chiffres et des tirets simples`,
    slugTaken: (what, slug) =>
      ({
        case: `un cas « ${slug} » existe déjà : choisissez un autre slug`,
        practice: `une pratique « ${slug} » existe déjà : choisissez un autre slug`,
        organisation: `une organisation « ${slug} » existe déjà : choisissez un autre slug, ou utilisez-la telle quelle`,
        person: `une personne « ${slug} » existe déjà : choisissez un autre slug, ou utilisez-la telle quelle`,
      })[what],
    formerSlug: (slug) => `« ${slug} » a été le slug d’un cas et n’est jamais réutilisé : choisissez un autre slug`,
    atLeastOne: (kind) => `donnez au moins ${{ country: 'un pays', theme: 'un thème', person: 'une personne' }[kind]}`,
    notCountryCodes: (codes) =>
      `codes ISO 3166-1 alpha-2 invalides : ${codes} (utilisez deux lettres majuscules, comme MA, FR)`,
    unknownInList: (kind, unknown, options) =>
      kind === 'theme'
        ? `${unknown.length > 1 ? 'thèmes inconnus' : 'thème inconnu'} ${unknown.join(', ')} : choisissez parmi ${options}`
        : `${unknown.length > 1 ? 'personnes inconnues' : 'personne inconnue'} ${unknown.join(', ')} : choisissez parmi ${options} (ou ajoutez d’abord content/people/<slug>.yaml)`,
    noEntry: (what, slug) =>
      what === 'case' ? `il n’y a pas de cas « ${slug} »` : `il n’y a pas de pratique « ${slug} »`,
    notALang: (lang, langs) => `« ${lang} » n’est pas l’un de ${langs}`,
    alreadyIn: (lang) => `le texte est déjà en ${lang} : choisissez une autre langue vers laquelle traduire`,
    noSource: (path) => `${path} n’existe pas : traduisez depuis une langue que l’entrée a déjà`,
    translationExists: (path) => `${path} existe déjà : modifiez-le plutôt`,
    wrote: (files) => `Écrit : ${files}.`,
    and: ' et ',
    checkFound: (problems) => `La vérification a trouvé des problèmes :\n${problems}`,
    checkPasses: 'La vérification passe.',
    nextTranslation: 'Traduisez le texte sur place, puis retirez « draft: true » de son bloc translation.',
    nextEntry:
      'Remplacez chaque TODO par votre texte et complétez les faits ; l’entrée reste un brouillon (absent du site) tant que vous n’avez pas mis status: published.',
    nextReference: 'Complétez le fichier si vous le souhaitez (ses autres champs y sont en commentaires).',
    then: 'Lancez ensuite npm run check:content, et npm run dev pour prévisualiser.',
    done: 'Terminé',
    outro: 'Voir CONTRIBUTING.md pour l’écrire, le traduire et le proposer.',
  },
  countries: {
    unknown: (names) =>
      `pays inconnus : ${names} (donnez un nom en français, en anglais ou en arabe, ou un code comme MA, FR, séparés par des virgules)`,
    ambiguous: (name, matches) => `« ${name} » peut désigner ${matches} : donnez le code`,
    atLeastOne: 'donnez au moins un pays',
  },
  report: {
    title: (date) => `Rapport éditorial, ${date}`,
    counts: (cases, practices) => `${cases} études de cas et ${practices} pratiques.`,
    problems: (n) =>
      `**La vérification trouve ${plural(n, 'problème', 'problèmes')}** : lancez \`npm run check:content\` pour ${n <= 1 ? 'le' : 'les'} voir.`,
    leftOut: 'Absentes de ce rapport parce que leurs fichiers ont des erreurs :',
    byLanguage: 'Textes par langue (traductions publiées, sur toutes les entrées)',
    ofAll: (n: number, total: number) => `${n} sur ${total}`,
    entries: 'entrées',
    summary: {
      todo: 'Avec du texte à écrire (bloque la publication)',
      draft: 'Brouillons (non publiés)',
      published: 'Publiées, pas encore relues par les pairs',
      missing: 'Avec des traductions manquantes',
      outdated: 'Avec des traductions périmées',
      inProgress: 'Avec des traductions en cours',
      empty: 'Avec des champs vides',
      archive: 'Avec des sources sans copie archivée',
    },
    cases: 'Études de cas',
    practices: 'Pratiques',
    status: {
      draft: 'brouillon, non publié',
      published: 'publié, pas encore relu par les pairs',
      reviewed: 'relu',
      retired: 'retiré',
    },
    todo: (n) => `Texte à écrire : ${n} TODO`,
    missing: (lang) => `Traduction manquante : ${lang}`,
    outdated: (lang, date, changed) =>
      `Traduction périmée : ${lang} (traduite le ${date}, original modifié le ${changed})`,
    inProgress: (lang) => `Traduction en cours : ${lang}`,
    empty: 'Champs vides dans',
    line: (n) => `ligne ${n}`,
    notApplicable: 'Sans objet',
    archive: (numbers) => `Sources sans copie archivée : ${numbers}`,
    nothing: 'Rien à faire.',
    fix: 'corriger',
    colon: ' : ',
    you: 'votre-slug',
    all: 'tous',
    items: (numbers) => `${numbers.length === 1 ? 'élément' : 'éléments'} ${numbers.join(', ')}`,
    written: (file) => `Écrit dans ${file}.`,
  },
};
