/**
 * France's regions (2016 map and overseas): where a regional scheme exists, and the finder's "where" answer.
 * A module of its own (no zod), so the finder's page can use the list without loading the content schema.
 */
export const regions = [
  'auvergne-rhone-alpes',
  'bourgogne-franche-comte',
  'bretagne',
  'centre-val-de-loire',
  'corse',
  'grand-est',
  'hauts-de-france',
  'ile-de-france',
  'normandie',
  'nouvelle-aquitaine',
  'occitanie',
  'pays-de-la-loire',
  'provence-alpes-cote-d-azur',
  'guadeloupe',
  'guyane',
  'martinique',
  'la-reunion',
  'mayotte',
] as const;
