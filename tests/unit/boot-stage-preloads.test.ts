import { describe, expect, it } from 'vitest';
import { bootStagePreloads } from '../../scripts/vite-prerender-plugin';

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
