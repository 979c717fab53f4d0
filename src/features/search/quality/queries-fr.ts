/**
 * The French quality set (issue #7): what a French professional types in the French interface, in the field's
 * own words (the official names of the schemes, the slang, the guide's French terms), with elisions (l', d',
 * qu'), plurals and missing accents. Each expects the entry that must be in the first three results; checked
 * against the index of both languages with French preferred (engine/quality.test.ts).
 */
import type { QualityQuery, QueryKind } from './queries';

const q = (kind: QueryKind, query: string, ...expected: string[]): QualityQuery => ({ query, expected, kind });

export const FRENCH_QUALITY_QUERIES: QualityQuery[] = [
  // Official names of the schemes, as professionals say them.
  q('french-name', 'contrat d’engagement jeune', 'scheme:cej'),
  q('french-name', "l'EPIDE", 'scheme:epide'),
  q('french-name', 'établissement pour l’insertion dans l’emploi', 'scheme:epide'),
  q('french-name', 'espaces dynamiques d’insertion', 'scheme:edi'),
  q('french-name', 'travail alternatif payé à la journée', 'scheme:tapaj'),
  q('french-name', 'plan régional d’insertion pour la jeunesse', 'scheme:prij'),
  q('french-name', 'écoles de la deuxième chance', 'scheme:e2c'),
  q('french-name', 'ecole de la 2e chance', 'scheme:e2c'),
  q('french-name', 'mission locale', 'scheme:mission-locale'),
  q('french-name', 'service civique', 'scheme:service-civique'),
  q('french-name', 'rappel à l’ordre', 'scheme:rao', 'checklist:rao-procedure'),
  q('french-name', 'conseil pour les droits et devoirs des familles', 'scheme:cddf', 'checklist:cddf-procedure'),
  q('french-name', 'programme de soutien aux familles et à la parentalité', 'scheme:psfp', 'section:3-1-1'),
  q('french-name', 'caisse d’allocations familiales', 'scheme:caf-parentalite', 'section:3-1-2'),
  q('french-name', 'chantiers éducatifs', 'scheme:chantiers-educatifs'),
  q('french-name', 'chantier educatif', 'scheme:chantiers-educatifs'),
  q('french-name', 'séjours de rupture', 'scheme:sejours-rupture', 'checklist:intervention-stay-pathway'),
  q('french-name', 'décrochage scolaire', 'scheme:gpds', 'scheme:mlds', 'scheme:foquale'),
  q('french-name', 'plateforme de signalement des points de deal', 'scheme:plateforme-signalement'),
  q('french-name', 'témoin sous X', 'scheme:temoin-anonyme'),
  // Slang and terms, with elisions and plurals.
  q('slang', 'les petites mains', 'term:petites-mains'),
  q('slang', 'un point de deal', 'term:point-de-deal'),
  q('slang', 'points de deal', 'term:point-de-deal'),
  q('slang', "qu'est-ce qu'un charbonneur", 'term:charbonneur'),
  q('slang', 'l’économie de la canette et du sandwich', 'term:economie-canette-sandwich'),
  q('slang', 'les guetteurs', 'term:guetteur'),
  q('slang', 'nourrices', 'term:nourrice'),
  q('slang', 'il s’est fait jambiser', 'term:jambisation'),
  // Places in the guide, in its French words.
  q('guide', 'compétences psychosociales à l’école', 'section:2-3-1', 'section:2-3'),
  q('guide', 'un âge charnière', 'section:2-4-2'),
  q('guide', 'les 13-16 ans', 'section:2-4-1'),
  q('guide', 'sortie de la délinquance', 'section:2-5'),
  q('guide', 'prévention situationnelle', 'section:4-2-1'),
  q('guide', 'théâtre-forum', 'section:2-1-1#example-lille-forum-theatre'),
  q('guide', 'ateliers la justice et nous', 'section:2-1-1#example-loos-justice-and-us-workshops'),
  q('guide', 'podcast des mères', 'section:3-3#example-mothers-podcast'),
  q('guide', 'le rôle du coordinateur', 'checklist:coordinator-role'),
  q('guide', 'questions pour le diagnostic partagé', 'checklist:assessment-questions'),
  q('guide', 'sentiment d’impunité', 'table:minor-impunity', 'section:2-1'),
  q('guide', 'renouvellement urbain', 'table:environment-run-down'),
  q('guide', 'accompagner les parents d’un enfant impliqué', 'checklist:parent-support', 'section:3-2'),
  // Situations and ages.
  q('situation', 'signaler le trafic sans se mettre en danger', 'checklist:reporting-witness-protection'),
  q('age', 'jeune de 17 ans sans diplôme en internat', 'scheme:epide'),
];
