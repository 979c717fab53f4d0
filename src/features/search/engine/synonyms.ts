/**
 * Curated bilingual synonyms, applied at query time. The content is in English while the field speaks French
 * (and the reverse for English-speaking users of French names), so a French situation word must reach the
 * English text and an English description must reach the French name. Three kinds of entries:
 * - groups: every phrase finds every other one ("décroché" ↔ "drop-out"), nearly as well as the typed word;
 * - related groups: neighbouring notions ("parents" ↔ "family"), worth less, so a text that says the typed word
 *   still comes first;
 * - pointers: a description that should open one entry first ("boarding" → EPIDE), expressed as the entry's
 *   acronym or name, which then matches as a whole name.
 * Phrases are written naturally (accents, elisions, plurals): they go through the same analysis as the query.
 */

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['décrochage', 'décroché', 'décrocheur', 'décrocher', 'drop-out', 'dropout', 'dropped out', 'dropping out'],
  ['décrochage scolaire', 'school drop-out', 'early school leaving', 'left school'],
  ['argent', 'money', 'cash', 'fric', 'thune', 'oseille'],
  ['argent facile', 'easy money'],
  ['fauché', 'broke', 'sans argent', "manque d'argent", "besoin d'argent", 'lack of money', 'no money'],
  ['famille', 'familles', 'family', 'families'],
  ['parentalité', 'parenting'],
  ['internat', 'boarding', 'boarding school'],
  ['première infraction', 'premier délit', 'first offence', 'first offense', 'primo-délinquant', 'first-time offender'],
  ["job d'été", "jobs d'été", 'summer job', 'summer jobs', 'job saisonnier'],
  ['école', 'school', 'scolaire'],
  ['collège', 'secondary school', 'middle school'],
  ['lycée', 'high school'],
  ['jeune', 'jeunes', 'young', 'youth', 'ado', 'adolescent', 'teenager'],
  ['mineur', 'minor'],
  ['emploi', 'employment', 'job', 'work', 'travail', 'boulot', 'taf'],
  ['formation', 'training'],
  ['stage', 'internship', 'work placement'],
  ['mairie', 'maire', 'mayor', 'town hall', 'local authority'],
  ['drogue', 'drug', 'drugs', 'stupéfiant', 'stups'],
  ['trafic', 'trafficking', 'deal'],
  ['dealer', 'dealeur', 'vendeur', 'seller'],
  ['point de deal', 'dealing point', 'drug spot'],
  ['santé', 'health'],
  ['juge', 'judge'],
  ['tribunal', 'court'],
  ['police', 'flics', 'keufs', 'condés'],
  ['témoin', 'witness'],
  ['signalement', 'signaler', 'report', 'reporting'],
  ['habitants', 'résidents', 'voisins', 'residents', 'locals', 'neighbours', 'neighbors'],
  ['mère', 'mères', 'maman', 'mother', 'mothers'],
  ['père', 'papa', 'father'],
  ['compétences psychosociales', 'life skills', 'psychosocial skills'],
  ['estime de soi', 'self-esteem'],
  ['confiance en soi', 'self-confidence'],
  ['vacances', 'holidays', 'holiday'],
  ['été', 'summer'],
  ['chômage', 'chômeur', 'sans emploi', 'unemployed', 'unemployment', 'jobless'],
  ['handicap', 'handicapé', 'disability', 'disabled'],
  ['diplôme', 'diploma', 'qualification'],
  ['sans diplôme', 'no diploma', 'without a diploma', 'unqualified'],
  ['logement', 'accommodation', 'housing'],
  ['dette', 'debt'],
  ['menace', 'threat', 'threats'],
  ['quartier', 'cité', 'neighbourhood', 'neighborhood', 'estate', 'district'],
  ['éducateur', 'éducatrice', 'educator', 'youth worker'],
  ['accompagnement', 'suivi', 'support', 'follow-up'],
  ['aide', 'help'],
  ['peur', 'fear'],
  ["rappel à l'ordre", 'formal warning', 'mayor warning', "mayor's warning", 'warning from the mayor'],
  ['payé à la journée', 'daily pay', 'paid by the day', 'paid daily', 'day pay'],
  ['deuxième chance', 'seconde chance', 'second chance'],
  ['séjour de rupture', 'breakaway stay', 'intervention stay'],
  ['service civique', 'civic service'],
  ['insertion', 'integration'],
  ['secret professionnel', 'professional secrecy'],
  [
    "partage d'information",
    "partage d'informations",
    'information sharing',
    'sharing information',
    'exchanging information',
  ],
  ['comité de pilotage', 'copil', 'steering committee'],
  ['coordinateur', 'coordinatrice', 'coordinator'],
  ['soutien à la parentalité', 'parenting support'],
  ['guetteur', 'lookout', 'watcher'],
];

export const RELATED_GROUPS: readonly (readonly string[])[] = [
  ['parents', 'family', 'parenting'],
  ['jeune', 'mineur', 'minor'],
  ['quartier', 'area', 'territory'],
];

export const SYNONYM_POINTERS: readonly { from: readonly string[]; to: readonly string[] }[] = [
  { from: ['boarding', 'internat', 'boarding school'], to: ['EPIDE'] },
  { from: ['daily pay', 'payé à la journée', 'paid by the day', 'day pay'], to: ['TAPAJ'] },
  { from: ['mayor warning', "mayor's warning", 'warning from the mayor', "rappel à l'ordre"], to: ['RAO'] },
  { from: ['second chance', 'deuxième chance', 'seconde chance'], to: ['E2C'] },
];
