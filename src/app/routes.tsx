/**
 * Routes. Every page is a lazy chunk so the first route only loads what it needs; the service worker
 * precaches all of them, so navigation works offline. The same table drives the build's prerendering
 * (src/app/prerender/render-page.tsx) and the browser's router (src/main.tsx).
 *
 * Pages made of device data (contacts, settings, favourites, the directory, joining, referrals, the dashboard) are
 * prerendered as their skeleton only (`deviceOnly`): their content exists only on the phone.
 */
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { ClientOnly } from '../ui/components/client-only';
import { PageLoading } from '../ui/components/page-loading';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './layout/route-error';
import { HomePage } from './pages/home-page';

function deviceOnly(Page: ComponentType): { Component: ComponentType } {
  return {
    Component: function DeviceOnlyPage() {
      return (
        <ClientOnly fallback={<PageLoading />}>
          <Page />
        </ClientOnly>
      );
    },
  };
}

export const appRoutes: RouteObject[] = [
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
        lazy: () => import('./pages/favourites-page').then((m) => deviceOnly(m.FavouritesRoute)),
      },
      { path: 'search', lazy: () => import('./pages/search-page').then((m) => ({ Component: m.SearchRoute })) },
      {
        path: 'contacts',
        lazy: () => import('./pages/contact-pages').then((m) => deviceOnly(m.ContactListRoute)),
      },
      {
        path: 'contacts/new',
        lazy: () => import('./pages/contact-pages').then((m) => deviceOnly(m.NewContactRoute)),
      },
      {
        path: 'contacts/:contactId',
        lazy: () => import('./pages/contact-pages').then((m) => deviceOnly(m.ContactRoute)),
      },
      {
        path: 'contacts/:contactId/referrals/:referralId',
        lazy: () => import('./pages/referral-pages').then((m) => deviceOnly(m.ReferralSummaryRoute)),
      },
      {
        path: 'referrals/new',
        lazy: () => import('./pages/referral-pages').then((m) => deviceOnly(m.NewReferralRoute)),
      },
      {
        path: 'directory',
        lazy: () => import('./pages/directory-pages').then((m) => deviceOnly(m.DirectoryRoute)),
      },
      {
        path: 'dashboard',
        lazy: () => import('./pages/dashboard-page').then((m) => deviceOnly(m.DashboardRoute)),
      },
      { path: 'join', lazy: () => import('./pages/join-page').then((m) => deviceOnly(m.JoinRoute)) },
      { path: 'settings', lazy: () => import('./pages/settings-page').then((m) => deviceOnly(m.SettingsRoute)) },
      { path: '*', lazy: () => import('./pages/not-found-page').then((m) => ({ Component: m.NotFoundRoute })) },
    ],
  },
];
