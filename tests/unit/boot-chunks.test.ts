/**
 * Issue #11: which modules the build puts in the shell's chunk and in the content pages' kit
 * (scripts/vite-boot-chunks-plugin.ts), on a small module graph shaped like the app's.
 */
import { describe, expect, it } from 'vitest';
import { bootChunkSets } from '../../scripts/vite-boot-chunks-plugin';

const P = '/app/src/';
const graph: Record<string, string[]> = {
  [`${P}main.tsx`]: [`${P}app/boot/next-task.ts`, `${P}styles/global.css`],
  [`${P}app/boot/react-stage.ts`]: ['/app/node_modules/react/index.js'],
  [`${P}app/boot/library-stage.ts`]: ['/app/node_modules/react-router/index.js'],
  [`${P}app/boot/start-app.tsx`]: [
    '/app/node_modules/react/index.js',
    '/app/node_modules/react-router/index.js',
    `${P}app/layout/app-layout.tsx`,
    '/app/node_modules/zustand/react.mjs',
  ],
  [`${P}app/layout/app-layout.tsx`]: [`${P}ui/components/icon.tsx`, `${P}styles/shell.css`],
  [`${P}app/pages/guide-pages.tsx`]: [`${P}ui/components/rich-text.tsx`, `${P}ui/components/icon.tsx`],
  [`${P}app/pages/scheme-pages.tsx`]: [
    `${P}ui/components/rich-text.tsx`,
    `${P}features/referrals/start-referral-link.tsx`,
  ],
  [`${P}app/pages/contact-pages.tsx`]: [`${P}data/contacts/db.ts`, `${P}ui/components/rich-text.tsx`],
  [`${P}app/pages/referral-pages.tsx`]: [`${P}data/contacts/db.ts`],
  [`${P}ui/components/rich-text.tsx`]: [`${P}data/content/inline-markup.ts`],
};
const sets = bootChunkSets({ ids: Object.keys(graph), importedIds: (id) => graph[id] ?? [] });

describe('boot chunks', () => {
  it.each([
    ['start-app itself', `${P}app/boot/start-app.tsx`, 'shell'],
    ['what start-app imports, directly or not', `${P}ui/components/icon.tsx`, 'shell'],
    ['a small library only the shell imports', '/app/node_modules/zustand/react.mjs', 'shell'],
    ['React, evaluated in the first stage', '/app/node_modules/react/index.js', 'neither'],
    ['the router, evaluated in the second stage', '/app/node_modules/react-router/index.js', 'neither'],
    ['a stylesheet (its own group)', `${P}styles/shell.css`, 'neither'],
    ['what two content routes share', `${P}ui/components/rich-text.tsx`, 'kit'],
    ['and what that imports', `${P}data/content/inline-markup.ts`, 'kit'],
    ['what one content route alone imports', `${P}features/referrals/start-referral-link.tsx`, 'neither'],
    ['what only device-data pages share (the database)', `${P}data/contacts/db.ts`, 'neither'],
    ['a content route itself, imported by no other', `${P}app/pages/guide-pages.tsx`, 'neither'],
  ])('%s → %s', (_label, id, where) => {
    const found = sets.shell.has(id) ? 'shell' : sets.kit.has(id) ? 'kit' : 'neither';
    expect(found).toBe(where);
  });

  it('never puts a module in both', () => {
    expect([...sets.kit].filter((id) => sets.shell.has(id))).toEqual([]);
  });
});
