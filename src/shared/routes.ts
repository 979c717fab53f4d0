/** URL builders shared by every feature, so links between features never import each other's code. */
import type { InternalKind } from './text/inline-markup';

export const routes = {
  home: () => '/',
  guide: () => '/guide',
  section: (id: string, anchor?: string) => `/guide/${id}${anchor ? `#${anchor}` : ''}`,
  vocabulary: () => '/vocabulary',
  term: (id: string) => `/vocabulary/${id}`,
  schemes: () => '/schemes',
  scheme: (id: string) => `/schemes/${id}`,
  checklists: () => '/checklists',
  checklist: (id: string) => `/checklists/${id}`,
  table1: () => '/table-1',
  /** One factor's card on the Table 1 page (its heading's id, features/table-1/components/factor-card.tsx). */
  table1Factor: (id: string) => `/table-1#factor-${id}`,
  /** The eligibility finder; answers live in the query (?age=17&school=dropped-out…). */
  finder: () => '/finder',
  favourites: () => '/favourites',
  settings: () => '/settings',
  /** The team sync block of the settings page (join, status, leave). */
  team: () => '/settings#team',
  join: () => '/join',
  contacts: () => '/contacts',
  newContact: () => '/contacts/new',
  contact: (id: string) => `/contacts/${id}`,
  /** Start a referral to a scheme: choose its contact (new or existing). */
  newReferral: (schemeId: string) => `/referrals/new?scheme=${encodeURIComponent(schemeId)}`,
  /** The summary of a contact's referral, to share or print. */
  referralSummary: (contactId: string, referralId: string) => `/contacts/${contactId}/referrals/${referralId}`,
  /** The team's local directory: the structures that deliver each scheme (issue #5). */
  directory: () => '/directory',
  /** The coordinator's dashboard of the team's aggregates (issue #16); the filters live in the query. */
  dashboard: () => '/dashboard',
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
} as const;

export function refHref(kind: InternalKind, id: string): string {
  switch (kind) {
    case 'guide':
      return routes.section(id);
    case 'term':
      return routes.term(id);
    case 'scheme':
      return routes.scheme(id);
    case 'checklist':
      return routes.checklist(id);
  }
}
