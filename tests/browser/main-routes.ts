/** The main routes and what a user must see on each (used by the offline and accessibility tests). */
export interface MainRoute {
  path: string;
  /**
   * Text that only appears once the page's content is rendered (from the content pack), in English or in French:
   * the content follows the interface language (issue #7).
   */
  expect: RegExp;
}

export const MAIN_ROUTES: MainRoute[] = [
  { path: '/', expect: /LIMITS/ },
  { path: '/guide', expect: /Organising and sharing an assessment|Organiser et partager un diagnostic/ },
  { path: '/guide/2-4-2', expect: /training obligation|obligation de formation/ },
  { path: '/guide/table-1', expect: /Lack of self-confidence|Manque de confiance en soi/ },
  { path: '/vocabulary', expect: /Stash keeper/ },
  { path: '/vocabulary/nourrice', expect: /storing drugs or money|stocker la drogue ou l’argent/ },
  // The English names are a gloss, hidden by default in French.
  { path: '/schemes', expect: /Youth Commitment Agreement|Contrat d.engagement jeune/ },
  { path: '/schemes/cej', expect: /Contrat d.engagement jeune/ },
  { path: '/checklists', expect: /Formal warning \(RAO\) by the mayor|Rappel à l’ordre \(RAO\) par le maire/ },
  { path: '/checklists/referral-cej', expect: /Youth Commitment Agreement|Contrat d.engagement jeune/ },
  { path: '/table-1', expect: /Lack of self-confidence|Manque de confiance en soi/ },
  { path: '/finder?age=17&school=dropped-out', expect: /EPIDE/ },
  // Behind the passcode (issue #6): a fresh device shows the passcode setup first, offline too.
  { path: '/referrals/new?scheme=cej', expect: /Protect your contacts with a code|Protégez vos contacts par un code/ },
  { path: '/favourites', expect: /./ },
  { path: '/directory', expect: /structures? (in the directory|dans l’annuaire)/ },
  { path: '/settings', expect: /2024\.08\.\d+/ },
];
