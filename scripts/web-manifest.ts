/**
 * The web app manifest. Its text is French (the users are French professionals; `lang: 'fr'`) and the name
 * works in both languages. Shortcuts open the most used tools straight from the home-screen icon, recording a
 * contact first.
 */
import type { ManifestOptions } from 'vite-plugin-pwa';

export const THEME_COLOR = '#0f5f6e';

export const webManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'LIMITS Terrain',
  short_name: 'LIMITS',
  description:
    'Le guide LIMITS (MILDECA, 2024) hors ligne : vocabulaire du trafic, dispositifs d’accompagnement, ' +
    'fiches d’orientation. Offline field guide to keep minors out of drug trafficking.',
  lang: 'fr',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  background_color: '#ffffff',
  theme_color: THEME_COLOR,
  categories: ['education', 'reference', 'government'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    {
      name: 'Nouveau contact',
      short_name: 'Contact',
      description: 'Noter un contact de terrain, anonyme, même hors ligne / New outreach contact',
      url: '/contacts/new',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Vocabulaire du trafic',
      short_name: 'Vocabulaire',
      description: 'Termes du trafic (chouf, nourrice, charbonneur…) / Trafficking slang',
      url: '/vocabulary',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Dispositifs',
      short_name: 'Dispositifs',
      description: 'Annuaire des dispositifs (EDI, EPIDE, CEJ, TAPAJ…) / Support schemes',
      url: '/schemes',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Fiches pratiques',
      short_name: 'Fiches',
      description: 'Fiches d’orientation et de procédure / Checklists',
      url: '/checklists',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
  screenshots: [
    {
      src: '/screenshots/home-narrow.png',
      sizes: '360x740',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Accueil de LIMITS Terrain',
    },
    {
      src: '/screenshots/vocabulary-narrow.png',
      sizes: '360x740',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Vocabulaire du trafic',
    },
    {
      src: '/screenshots/guide-wide.png',
      sizes: '1280x800',
      type: 'image/png',
      form_factor: 'wide',
      label: 'Lecture du guide',
    },
  ],
};
