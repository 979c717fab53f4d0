/**
 * Routes. Every page is a lazy chunk so the first route only loads what it needs; the service worker
 * precaches all of them, so navigation works offline.
 */
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './layout/route-error';
import { HomePage } from './pages/home-page';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'guide', lazy: () => import('./pages/guide-pages').then((m) => ({ Component: m.GuideTocRoute })) },
      {
        path: 'guide/:sectionId',
        lazy: () => import('./pages/guide-pages').then((m) => ({ Component: m.GuideSectionRoute })),
      },
      {
        path: 'vocabulary',
        lazy: () => import('./pages/vocabulary-pages').then((m) => ({ Component: m.VocabularyListRoute })),
      },
      {
        path: 'vocabulary/:termId',
        lazy: () => import('./pages/vocabulary-pages').then((m) => ({ Component: m.TermRoute })),
      },
      {
        path: 'schemes',
        lazy: () => import('./pages/scheme-pages').then((m) => ({ Component: m.SchemeDirectoryRoute })),
      },
      {
        path: 'schemes/:schemeId',
        lazy: () => import('./pages/scheme-pages').then((m) => ({ Component: m.SchemeRoute })),
      },
      {
        path: 'checklists',
        lazy: () => import('./pages/checklist-pages').then((m) => ({ Component: m.ChecklistListRoute })),
      },
      {
        path: 'checklists/:checklistId',
        lazy: () => import('./pages/checklist-pages').then((m) => ({ Component: m.ChecklistRoute })),
      },
      { path: 'table-1', lazy: () => import('./pages/table-1-page').then((m) => ({ Component: m.Table1Route })) },
      { path: 'finder', lazy: () => import('./pages/finder-page').then((m) => ({ Component: m.FinderRoute })) },
      {
        path: 'favourites',
        lazy: () => import('./pages/favourites-page').then((m) => ({ Component: m.FavouritesRoute })),
      },
      { path: 'search', lazy: () => import('./pages/search-page').then((m) => ({ Component: m.SearchRoute })) },
      {
        path: 'contacts',
        lazy: () => import('./pages/contact-pages').then((m) => ({ Component: m.ContactListRoute })),
      },
      {
        path: 'contacts/new',
        lazy: () => import('./pages/contact-pages').then((m) => ({ Component: m.NewContactRoute })),
      },
      {
        path: 'contacts/:contactId',
        lazy: () => import('./pages/contact-pages').then((m) => ({ Component: m.ContactRoute })),
      },
      {
        path: 'contacts/:contactId/referrals/:referralId',
        lazy: () => import('./pages/referral-pages').then((m) => ({ Component: m.ReferralSummaryRoute })),
      },
      {
        path: 'referrals/new',
        lazy: () => import('./pages/referral-pages').then((m) => ({ Component: m.NewReferralRoute })),
      },
      {
        path: 'directory',
        lazy: () => import('./pages/directory-pages').then((m) => ({ Component: m.DirectoryRoute })),
      },
      { path: 'join', lazy: () => import('./pages/join-page').then((m) => ({ Component: m.JoinRoute })) },
      { path: 'settings', lazy: () => import('./pages/settings-page').then((m) => ({ Component: m.SettingsRoute })) },
      { path: '*', lazy: () => import('./pages/not-found-page').then((m) => ({ Component: m.NotFoundRoute })) },
    ],
  },
]);
