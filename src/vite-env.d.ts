/// <reference types="vite/client" />

/** The app's version from package.json, injected by Vite's `define` (vite.config.ts). */
declare const __APP_VERSION__: string;
