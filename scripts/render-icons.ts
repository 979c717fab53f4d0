/**
 * Renders the hand-written SVG icons in public/ to the PNG sizes required by
 * the web app manifest and iOS, using playwright-core driving a system Chromium.
 *
 *   npx tsx scripts/render-icons.ts      (or: npm run icons)
 *
 * Chromium path: $CHROME_PATH, else /usr/bin/chromium
 * (Debian: `apt-get install -y chromium`).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const publicDir = path.join(root, 'public');

interface IconJob {
  /** SVG source, relative to public/ */
  readonly source: string;
  /** PNG output, relative to public/ */
  readonly output: string;
  readonly size: number;
  /** true: keep transparency outside the rounded square ("any" purpose icons) */
  readonly transparent: boolean;
}

const jobs: readonly IconJob[] = [
  { source: 'icons/icon.svg', output: 'icons/icon-192.png', size: 192, transparent: true },
  { source: 'icons/icon.svg', output: 'icons/icon-512.png', size: 512, transparent: true },
  { source: 'icons/icon-maskable.svg', output: 'icons/maskable-192.png', size: 192, transparent: false },
  { source: 'icons/icon-maskable.svg', output: 'icons/maskable-512.png', size: 512, transparent: false },
  // The tab's icon as a PNG: an SVG favicon is decoded as an SVG document on the page's main thread
  // (12–83 ms in a first visit's trace here, before the page's own scripts), a PNG is not.
  { source: 'favicon.svg', output: 'favicon.png', size: 48, transparent: true },
  // iOS masks the icon itself and renders transparency as black: full-bleed, opaque.
  { source: 'icons/icon-maskable.svg', output: 'apple-touch-icon.png', size: 180, transparent: false },
];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly colorType: number;
}

/** Reads width/height/colour type from the IHDR chunk (always the first chunk). */
function readPngHeader(buf: Buffer, label: string): PngHeader {
  if (buf.length < 33 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new Error(`${label}: not a PNG file`);
  }
  if (buf.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${label}: first chunk is not IHDR`);
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), colorType: buf.readUInt8(25) };
}

function chromiumPath(): string {
  const candidate = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(`Chromium not found at ${candidate}. Set CHROME_PATH or install it (apt-get install -y chromium).`);
  }
  return candidate;
}

/** Forces the root <svg> element to an exact pixel size (replacing any width/height). */
function sizedSvg(svg: string, size: number): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('SVG root element not found');
  const tag = open[0]
    .replace(/\s(width|height)="[^"]*"/g, '')
    .replace(/^<svg\b/, `<svg width="${size}" height="${size}"`);
  return svg.slice(0, open.index) + tag + svg.slice(open.index + open[0].length);
}

async function render(browser: Browser, job: IconJob): Promise<void> {
  const svg = await readFile(path.join(publicDir, job.source), 'utf8');
  const context = await browser.newContext({
    viewport: { width: job.size, height: job.size },
    deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    const background = job.transparent ? 'transparent' : '#0b4d5a';
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>
        html,body{margin:0;padding:0;width:${job.size}px;height:${job.size}px;overflow:hidden;background:${background}}
        svg{display:block}
      </style></head><body>${sizedSvg(svg, job.size)}</body></html>`,
      { waitUntil: 'load' },
    );
    const png = await page.screenshot({
      type: 'png',
      omitBackground: job.transparent,
      clip: { x: 0, y: 0, width: job.size, height: job.size },
    });
    const header = readPngHeader(png, job.output);
    if (header.width !== job.size || header.height !== job.size) {
      throw new Error(`${job.output}: rendered ${header.width}x${header.height}, expected ${job.size}x${job.size}`);
    }
    await writeFile(path.join(publicDir, job.output), png);
  } finally {
    await context.close();
  }
}

async function verify(job: IconJob): Promise<void> {
  const buf = await readFile(path.join(publicDir, job.output));
  const { width, height, colorType } = readPngHeader(buf, job.output);
  if (width !== job.size || height !== job.size) {
    throw new Error(`${job.output}: file is ${width}x${height}, expected ${job.size}x${job.size}`);
  }
  // Colour types 4 and 6 carry an alpha channel. Chromium writes RGB (type 2) when the
  // page is opaque, so an alpha channel on a full-bleed icon means something went wrong.
  const hasAlpha = colorType === 4 || colorType === 6;
  if (!job.transparent && hasAlpha) {
    throw new Error(`${job.output}: must be opaque but has an alpha channel (colour type ${colorType})`);
  }
  if (job.transparent && !hasAlpha) {
    throw new Error(`${job.output}: expected transparent corners but PNG has no alpha channel`);
  }
  console.log(
    `  ${job.output.padEnd(26)} ${width}x${height}  ${buf.length.toLocaleString('en')} B  colour type ${colorType}`,
  );
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    for (const job of jobs) await render(browser, job);
  } finally {
    await browser.close();
  }
  console.log('Icons rendered:');
  for (const job of jobs) await verify(job);
}

main().catch((err: unknown) => {
  console.error('render-icons failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
