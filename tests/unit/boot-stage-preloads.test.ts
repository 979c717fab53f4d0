import { describe, expect, it } from 'vitest';
import { bootScript, bootStagePreloads } from '../../scripts/vite-prerender-plugin';

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
  /** Runs the boot script against a fake document and a clock of frames and timers, stepped by hand. */
  function runBoot() {
    const appended: string[] = [];
    const frames: Array<() => void> = [];
    const timers: Array<{ at: number; run: () => void }> = [];
    let now = 0;
    const element = () => ({ rel: '', type: '', crossOrigin: '', href: '', src: '' });
    const document = {
      head: { appendChild: (node: { src: string; href: string }) => appended.push(node.src || node.href) },
      createElement: element,
    };
    const environment = {
      document,
      requestAnimationFrame: (run: () => void) => frames.push(run),
      setTimeout: (run: () => void, ms: number) => timers.push({ at: now + ms, run }),
    };
    new Function(...Object.keys(environment), bootScript('/assets/entry.js', ['/assets/a.js']))(
      ...Object.values(environment),
    );
    /** One frame: its callbacks, then the timers due by the time the frame is drawn. */
    const frame = () => {
      now += 16;
      for (const run of frames.splice(0)) run();
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
    };
    return { appended, frame };
  }

  it('adds the entry only once the frame that shows the prerendered text is drawn (the second frame)', () => {
    const boot = runBoot();
    boot.frame();
    // Nothing during the first frame: the page's text and styles have the main thread until they are painted.
    expect(boot.appended).toEqual([]);
    boot.frame();
    expect(boot.appended).toEqual(['/assets/entry.js', '/assets/a.js']);
  });
});
