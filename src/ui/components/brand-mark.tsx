/**
 * The app's mark, drawn inline in the app bar rather than as `<img src="/favicon.svg">`. An SVG image costs a
 * document of its own: in a cold start's trace (4× slower CPU) Chromium spent 19–27 ms building it on the main
 * thread before it parsed the page's body. Inline, it is a few paths of the page. Same drawing as
 * public/favicon.svg (brand-mark.test.tsx keeps the two equal); decorative, the brand link carries the name.
 */
export const BRAND_MARK = {
  background: '#0f5f6e',
  star: '#f2b705',
  hands: '#ffffff',
  starPath: 'M256 52 Q276 168 352 186 Q276 204 256 320 Q236 204 160 186 Q236 168 256 52 Z',
  handPath:
    'M240 468 C200 428 140 414 70 420 C52 350 64 270 116 212 C132 196 154 202 154 226 C152 292 204 314 240 362 Z',
} as const;

export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 512 512" width="24" height="24" aria-hidden="true" focusable="false">
      <rect width="512" height="512" rx="104" fill={BRAND_MARK.background} />
      <path fill={BRAND_MARK.star} d={BRAND_MARK.starPath} />
      <path fill={BRAND_MARK.hands} d={BRAND_MARK.handPath} />
      <path fill={BRAND_MARK.hands} d={BRAND_MARK.handPath} transform="translate(512 0) scale(-1 1)" />
    </svg>
  );
}
