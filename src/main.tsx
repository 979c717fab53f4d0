/**
 * The browser entry, loaded once the prerendered page's first contentful paint is on screen
 * (scripts/vite-prerender-plugin.ts, bootScript).
 *
 * Evaluating a module graph is one task the browser cannot interrupt: the whole app at once blocks a cheap
 * phone's main thread for a few hundred milliseconds, right when the reader starts to scroll or tap. So the
 * app is evaluated in stages — React, then the router and i18n, then the app itself — with the browser free to
 * handle input and paint between them. Then src/app/boot/start-app.tsx hydrates the page.
 */
import './styles/global.css';
import { nextTask } from './app/boot/next-task';

// Read by the benchmarks (scripts/bench): when the entry ran.
performance.mark('lt:entry');

await import('./app/boot/react-stage');
await nextTask();
await import('./app/boot/library-stage');
await nextTask();
const { startApp } = await import('./app/boot/start-app');
await startApp(nextTask);
