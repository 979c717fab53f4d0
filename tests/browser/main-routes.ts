/** The main routes and what a user must see on each (used by the offline and accessibility tests). */
export interface MainRoute {
  path: string;
  /** Text that only appears once the page's content is rendered (from the content pack). */
  expect: RegExp;
}

export const MAIN_ROUTES: MainRoute[] = [
  { path: '/', expect: /LIMITS/ },
  { path: '/guide', expect: /16, a pivotal age/ },
  { path: '/guide/2-4-2', expect: /training obligation/ },
  { path: '/guide/table-1', expect: /Lack of self-confidence/ },
  { path: '/vocabulary', expect: /Stash keeper/ },
  { path: '/vocabulary/nourrice', expect: /storing drugs or money/ },
  { path: '/schemes', expect: /Youth Commitment Agreement/ },
  { path: '/schemes/cej', expect: /Contrat d.engagement jeune/ },
  { path: '/checklists', expect: /Formal warning \(RAO\) by the mayor/ },
  { path: '/checklists/referral-cej', expect: /Youth Commitment Agreement/ },
  { path: '/table-1', expect: /Lack of self-confidence/ },
  { path: '/favourites', expect: /./ },
  { path: '/settings', expect: /2024\.08\.\d+/ },
];
