import { describe, expect, it } from 'vitest';
import { BOOT_FALLBACK_MS, bootScript, bootStagePreloads } from '../../scripts/vite-prerender-plugin';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []) => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  imports,
});

describe('bootStagePreloads: what the boot script preloads besides the entry', () => {
  it('takes each boot stage and its static imports, transitively, once each', () => {
    const bundle = {
      'assets/react-stage.js': chunk('assets/react-stage.js', '/app/src/app/boot/react-stage.ts', ['assets/client.js']),
      'assets/client.js': chunk('assets/client.js', null, ['assets/react.js']),
      'assets/react.js': chunk('assets/react.js', null),
      'assets/start-app.js': chunk('assets/start-app.js', '/app/src/app/boot/start-app.tsx', ['assets/react.js']),
      'assets/scheme-pages.js': chunk('assets/scheme-pages.js', '/app/src/app/pages/scheme-pages.tsx', [
        'assets/rich-text.js',
      ]),
      'assets/rich-text.js': chunk('assets/rich-text.js', null),
      'assets/style.css': { type: 'asset', fileName: 'assets/style.css' },
    };
    expect(bootStagePreloads(bundle).sort()).toEqual([
      '/assets/client.js',
      '/assets/react-stage.js',
      '/assets/react.js',
      '/assets/start-app.js',
    ]);
  });

  it('preloads nothing when the build has no boot stage', () => {
    expect(bootStagePreloads({ 'assets/index.js': chunk('assets/index.js', '/app/src/main.tsx') })).toEqual([]);
  });
});

describe('bootScript: when the prerendered page starts loading the app', () => {
  interface Browser {
    /** Paint Timing supported (PerformanceObserver with the "paint" entry type). */
    paintTiming: boolean;
    visibility: 'visible' | 'hidden';
  }

  /** Runs the boot script against a fake document, frames, timers and paint entries, stepped by hand. */
  function runBoot({ paintTiming, visibility }: Browser) {
    const appended: string[] = [];
    /** What each timer task appended, for the tasks that appended something. */
    const perTask: string[][] = [];
    const frames: Array<() => void> = [];
    const timers: Array<{ at: number; run: () => void }> = [];
    const observers: Array<{ callback: (list: unknown, observer: unknown) => void; connected: boolean }> = [];
    let now = 0;
    const element = () => ({ rel: '', type: '', crossOrigin: '', href: '', src: '' });
    const document = {
      visibilityState: visibility,
      head: { appendChild: (node: { src: string; href: string }) => appended.push(node.src || node.href) },
      createElement: element,
    };
    class FakePerformanceObserver {
      static supportedEntryTypes = paintTiming ? ['mark', 'paint'] : ['mark'];
      private readonly entry: { callback: (list: unknown, observer: unknown) => void; connected: boolean };
      constructor(callback: (list: unknown, observer: unknown) => void) {
        this.entry = { callback, connected: false };
        observers.push(this.entry);
      }
      observe() {
        this.entry.connected = true;
      }
      disconnect() {
        this.entry.connected = false;
      }
    }
    const environment = {
      document,
      PerformanceObserver: FakePerformanceObserver,
      requestAnimationFrame: (run: () => void) => frames.push(run),
      setTimeout: (run: () => void, ms: number) => timers.push({ at: now + ms, run }),
    };
    new Function(...Object.keys(environment), bootScript('/assets/entry.js', ['/assets/a.js', '/assets/b.js']))(
      ...Object.values(environment),
    );
    const runDueTimers = () => {
      for (const timer of timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)) {
        timers.splice(timers.indexOf(timer), 1);
        const before = appended.length;
        timer.run();
        if (appended.length > before) perTask.push(appended.slice(before));
      }
    };
    /** The tasks the ones that ran queued with no delay, and theirs, until none is due. */
    const settle = () => {
      while (timers.some((t) => t.at <= now)) runDueTimers();
    };
    /** One frame: its callbacks, then the timers due by the time the frame is drawn. */
    const frame = () => {
      now += 16;
      for (const run of frames.splice(0)) run();
      runDueTimers();
    };
    /** The browser reports a paint entry (once its frame is on screen), then the tasks due run. */
    const paint = (name: string) => {
      const list = { getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []) };
      for (const observer of observers.filter((o) => o.connected)) {
        observer.callback(list, { disconnect: () => (observer.connected = false) });
      }
      runDueTimers();
    };
    const wait = (ms: number) => {
      now += ms;
      runDueTimers();
    };
    return { appended, perTask, frame, paint, wait, settle };
  }

  const LOADED = ['/assets/entry.js', '/assets/a.js', '/assets/b.js'];

  it('waits for the first contentful paint to be on screen, however many frames come before it', () => {
    const boot = runBoot({ paintTiming: true, visibility: 'visible' });
    for (let i = 0; i < 5; i++) boot.frame();
    boot.paint('first-paint');
    // Frames drawn, even a first paint, are not enough: the page's text must have reached the screen.
    expect(boot.appended).toEqual([]);
    boot.paint('first-contentful-paint');
    boot.settle();
    expect(boot.appended).toEqual(LOADED);
    // Loaded once, even when the fallback's time comes.
    boot.wait(BOOT_FALLBACK_MS);
    boot.paint('first-contentful-paint');
    boot.settle();
    expect(boot.appended).toEqual(LOADED);
  });

  it('starts one fetch per task: the entry first, then each preload in a task of its own', () => {
    // Starting a fetch costs the main thread a few ms: five in one task made a long task as Lighthouse counts it.
    const boot = runBoot({ paintTiming: true, visibility: 'visible' });
    boot.paint('first-contentful-paint');
    boot.settle();
    expect(boot.perTask).toEqual(LOADED.map((url) => [url]));
  });

  it('without Paint Timing, adds the entry once the frame that shows the text is drawn (the second frame)', () => {
    const boot = runBoot({ paintTiming: false, visibility: 'visible' });
    boot.frame();
    // Nothing during the first frame: the page's text and styles have the main thread until they are painted.
    expect(boot.appended).toEqual([]);
    boot.frame();
    boot.settle();
    expect(boot.appended).toEqual(LOADED);
  });

  it('loads the app at once in a page in the background, which paints nothing', () => {
    const boot = runBoot({ paintTiming: true, visibility: 'hidden' });
    expect(boot.appended).toEqual(['/assets/entry.js']);
    boot.settle();
    expect(boot.appended).toEqual(LOADED);
  });

  it('loads the app after the fallback delay when a visible page reports no paint', () => {
    const boot = runBoot({ paintTiming: true, visibility: 'visible' });
    boot.wait(BOOT_FALLBACK_MS - 1);
    expect(boot.appended).toEqual([]);
    boot.wait(1);
    boot.settle();
    expect(boot.appended).toEqual(LOADED);
  });
});
