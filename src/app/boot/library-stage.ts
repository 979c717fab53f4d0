/** Stage 2 of the boot (src/main.tsx): the router and i18n, evaluated in a task of their own. */
export { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router';
export { default as i18next } from 'i18next';
export { initReactI18next } from 'react-i18next';
