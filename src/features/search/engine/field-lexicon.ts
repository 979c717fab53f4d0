/**
 * THE PROJECT'S ADDITION, NOT THE GUIDE'S TEXT. How workers say things the guide says otherwise: street words
 * and spellings the guide never uses ("bicrave", "la came", "les keufs") and everyday descriptions that share
 * no word with the guide's definitions ("tirer dans les jambes" for "membres inférieurs"). Each entry points
 * from what is typed to the guide's own words (French and English), so the search finds the entry, section or
 * scheme that says it the guide's way; the result then shows the guide's text, never this lexicon's.
 *
 * Applied at query time like the synonym pointers (synonyms.ts): the typed phrase also matches, as a whole,
 * any document holding every word of one of the `to` phrases (worth QUALITY.synonym). A typed word matches a
 * `from` word as written or by its French sound ("bicrav", "bicraveurs"). Phrases are written naturally:
 * they go through the same analysis as the query (accents, elisions, plurals and glue words fall away).
 *
 * `source` says where each equivalence comes from: a dictionary entry (Wiktionnaire, the free French
 * dictionary, for street words), or "guide" when the guide itself gives the everyday word next to its own
 * (the entry then cites the place). How to add one: docs/CONTENT.md, "Search lexicon".
 */

export interface LexiconEntry {
  /** What a worker types: street words, spellings, everyday descriptions (French or English). */
  from: readonly string[];
  /** The guide's words for it, in both languages when both packs say it. */
  to: readonly string[];
  source: string;
}

export const FIELD_LEXICON: readonly LexiconEntry[] = [
  // Street words for the trade and its people.
  {
    from: ['bicrave', 'bicraver', 'bicraveur', 'bicrav', 'il bicrave'],
    to: ['charbonneur', 'dealer'],
    source: 'Wiktionnaire, « bicraver » (argot, du romani : vendre, en particulier de la drogue)',
  },
  {
    from: ['charbonner', 'il charbonne', 'vend', 'vendre', 'sells drugs', 'selling drugs', 'corner boy'],
    to: ['charbonneur', 'dealer'],
    source: 'Wiktionnaire, « charbonner » (argot : vendre de la drogue au détail) ; guide, annexe 2 (Charbonneur)',
  },
  {
    from: ['guet', 'faire le guet', 'watching out', 'watch out', 'keeps watch', 'keeping watch'],
    to: ['guetteur', 'lookout'],
    source: 'Wiktionnaire, « guet » (action de guetter, de surveiller) ; guide, annexe 2 (Guetteur / chouf)',
  },
  {
    from: ['came', 'matos', 'marchandise', 'shit', 'beuh', 'weed', 'coke', 'gear'],
    to: ['drogue', 'stupéfiants', 'drugs'],
    source: 'Wiktionnaire, « came », « matos », « shit », « beuh » (argot : drogue, cannabis)',
  },
  {
    from: ['keufs', 'flics', 'condés', 'schmitts', 'cops', 'feds', 'bacqueux'],
    to: ['police', 'forces de sécurité intérieure', 'internal security forces'],
    source: 'Wiktionnaire, « keuf », « flic », « condé », « schmitt » (argot : policier)',
  },
  {
    from: ['plan stup', 'spot de deal', 'le spot', 'le terrain de deal', 'drug spot', 'trap house'],
    to: ['point de deal', 'dealing point'],
    source: 'guide, annexe 2 (point de deal / point de vente) ; Wiktionnaire, « plan » (argot : lieu, combine)',
  },
  {
    from: ['planquer', 'planque', 'cacher', 'hides', 'hide', 'stash house'],
    to: ['stocker', 'storing'],
    source: 'Wiktionnaire, « planquer » (familier : cacher) ; guide, annexe 2 (Nourrice : stocker la drogue)',
  },
  {
    from: ['chez soi', 'chez lui', 'chez elle', 'at home', 'at his place', 'at her place'],
    to: ['domicile', 'home'],
    source: 'guide, annexe 2 (Nourrice : « le plus souvent à son domicile »)',
  },
  {
    from: ['ramasser', 'ramasse', 'récupère la thune', 'collects', 'picks up the money'],
    to: ['relever', 'collecting'],
    source: 'guide, annexe 2 (Banquier : « relever fréquemment l’argent des ventes »)',
  },
  {
    from: ['ramène', 'ramener', 'amène', 'livre', 'brings', 'delivers'],
    to: ['approvisionne', 'supplies'],
    source: 'guide, annexe 2 (Transporteur : « approvisionne régulièrement le point de deal »)',
  },
  {
    from: ['runner', 'errands', 'fait les courses', 'achète à manger'],
    to: ['coursier', 'courier'],
    source: 'guide, annexe 2 (Coursier : « achète à manger et à boire pour les membres du réseau »)',
  },
  {
    from: ['gérant', 'le boss', 'chef de réseau', 'manager'],
    to: ['recruter surveiller', 'recruiting overseeing'],
    source: 'guide, annexe 2 (RH / surveillant : recruter, payer et surveiller les exécutants)',
  },
  {
    from: ['gamin', 'gamins', 'gosse', 'gosses', 'minot', 'minots', 'kid', 'kids'],
    to: ['jeune', 'mineur', 'young', 'minor'],
    source: 'Wiktionnaire, « gamin », « gosse », « minot » (familier : enfant, jeune)',
  },
  // Everyday descriptions of what the definitions say in the guide's words.
  {
    from: ['jambe', 'jambes', 'genou', 'genoux', 'cuisse', 'cuisses', 'legs', 'knees', 'kneecapping'],
    to: ['membres inférieurs', 'lower limbs'],
    source: 'Wiktionnaire, « membre inférieur » (anatomie : hanche, cuisse, genou, jambe, pied)',
  },
  {
    from: ['faire disparaître les preuves', 'gets rid of the evidence', 'cleaner'],
    to: ['monsieur propre'],
    source: 'guide, annexe 2 (Monsieur propre : « faire disparaître les preuves »)',
  },
  {
    from: [
      'sèche',
      'sécher',
      'séchait',
      'déscolarisé',
      'déscolarisée',
      'déscolarisation',
      'absentéisme',
      'arrêté l’école',
      'arrêté le collège',
      'arrêté le lycée',
      'quitté l’école',
      'quitté le collège',
      'quitté le lycée',
      'lâché l’école',
      'lâché le lycée',
    ],
    to: ['décrochage scolaire', 'school drop-out'],
    source: 'Wiktionnaire, « sécher » (familier : ne pas aller en cours), « déscolarisé » ; guide, 2.4.2 (décrochage)',
  },
  {
    from: ['skipping', 'skips school', 'skip school', 'truancy', 'truant', 'bunking off', 'out of school'],
    to: ['décrochage scolaire', 'school drop-out'],
    source: 'Wiktionary, "truancy", "bunk off" (British: to skip school)',
  },
  {
    from: ['éloigner', 'éloigné', 'partir loin', 'away from the estate', 'get away'],
    to: ['séjour de rupture', 'breakaway stay'],
    source: 'guide, 2.5 (séjours de rupture : éloigner le jeune de son environnement)',
  },
  {
    from: [
      'dépassés',
      'dépassé',
      'dépassée',
      'débordés',
      'démunis',
      'démunie',
      'ne sait plus quoi faire',
      'ne savent plus quoi faire',
      'overwhelmed',
      'out of their depth',
      'at a loss',
      'know what to do',
    ],
    to: ['difficultés parentalité', 'parenting difficulties', 'accompagner les parents', 'supporting parents'],
    source: 'guide, tableau 1 (difficultés liées à la parentalité) et 3.2',
  },
  {
    from: ['son fils', 'sa fille', 'her son', 'his son', 'her daughter'],
    to: ['enfant', 'child'],
    source: 'guide, 3.2 (les parents confrontés à l’implication de leur enfant)',
  },
  {
    from: [
      'intouchable',
      'invincible',
      'untouchable',
      'rien ne peut lui arriver',
      'au-dessus des lois',
      'nothing can happen to him',
      'above the law',
    ],
    to: ['impunité', 'impunity'],
    source: 'guide, tableau 1 (sentiment d’impunité)',
  },
  {
    from: ['baskets de marque', 'fringues de marque', 'vêtements de marque', 'designer trainers', 'designer clothes'],
    to: ['biens de consommation', 'consumer goods'],
    source: 'guide, tableau 1 (recherche d’argent : achat de biens de consommation)',
  },
  {
    from: [
      'fait rêver',
      'modèle',
      'idole',
      'idolâtrent',
      'idolâtrer',
      'admirent',
      'look up to',
      'role model',
      'idolise',
    ],
    to: ['fascination', 'attractivité'],
    source: 'guide, tableau 1 (fascination pour certaines figures du trafic)',
  },
  {
    from: ['parle maison', 'parler famille', 'silence famille', 'never talk about it at home'],
    to: ['tabou', 'taboo'],
    source: 'guide, tableau 1 (tabou)',
  },
  {
    from: ['délabré', 'délabrés', 'insalubre', 'décrépit', 'run-down', 'rundown', 'derelict'],
    to: ['dégradé', 'run-down'],
    source: 'Wiktionnaire, « délabré » (en mauvais état) ; guide, tableau 1 (environnement dégradé)',
  },
  {
    from: ['se voit', 'en bas des tours', 'en bas des immeubles', 'au vu de tous', 'in plain sight'],
    to: ['visibilité', 'visibility'],
    source: 'guide, tableau 1 (visibilité du trafic et emprise territoriale)',
  },
  {
    from: ['tient le quartier', 'tient tout le quartier', 'contrôle le quartier', 'tient la cité', 'runs the estate'],
    to: ['emprise territoriale', 'territorial reach'],
    source: 'guide, tableau 1 (visibilité du trafic et emprise territoriale)',
  },
  {
    from: ['caméras', 'caméra', 'cameras', 'cctv', 'éclairage', 'lighting'],
    to: ['vidéoprotection', 'video surveillance', 'prévention situationnelle', 'situational prevention'],
    source: 'guide, 4.2.1 (prévention situationnelle : aménagement, vidéoprotection)',
  },
  {
    from: ['infos', 'info', 'pros', 'entre pros'],
    to: ['informations', 'professionnels'],
    source: 'Wiktionnaire, « info », « pro » (abréviations familières)',
  },
  {
    from: [
      'sortir du réseau',
      'quitter le réseau',
      'sortir du trafic',
      'quitter le trafic',
      'sortir de la bande',
      'quitter la bande',
      'wants out',
      'get out of the network',
      'leave the gang',
      'leaving the gang',
      'leave the network',
      'leaving the network',
    ],
    to: ['sortie de la délinquance', 'leaving delinquency'],
    source: 'guide, 2.5 (sortie de la délinquance et remobilisation)',
  },
  {
    from: ['premier passage devant le juge', 'première fois', 'first time caught', 'first arrest'],
    to: ['première infraction', 'first offence'],
    source: 'guide, 2.7 (une réponse immédiate dès la première infraction)',
  },
  {
    from: ['sans donner son nom', 'sans donner mon nom', 'without giving my name', 'anonymously'],
    to: ['anonyme', 'anonymous'],
    source: 'guide, 4.1 (témoignage anonyme)',
  },
  {
    from: ['peur des représailles', 'scared of reprisals', 'reprisals', 'payback'],
    to: ['représailles', 'retaliation'],
    source: 'guide, 4.1 (menaces et représailles des trafiquants)',
  },
  {
    from: ['payé le soir même', 'payés le soir même', 'paid cash at the end of the day', 'cash in hand'],
    to: ['payé à la journée', 'paid by the day'],
    source: 'guide, 2.6 (TAPAJ : travail alternatif payé à la journée)',
  },
  {
    from: ['snapchat', 'insta', 'instagram', 'telegram', 'tiktok'],
    to: ['réseaux sociaux', 'social networks'],
    source: 'guide, annexe 2 (contrats : recrutés par internet et les réseaux sociaux)',
  },
];
