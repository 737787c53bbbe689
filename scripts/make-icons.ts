/**
 * Draws the site's icons into public/ from one design, in the house serif: the favicon (ICO with 16
 * and 32 px images), the apple-touch icon, and the web app manifest's icons (plain and maskable).
 * Run after changing the mark: `npx tsx scripts/make-icons.ts`. The output is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright';

const ROOT = path.join(__dirname, '..');
const PUBLIC = path.join(ROOT, 'public');
const FONT = readFileSync(path.join(ROOT, 'node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2')).toString('base64');

const INK = '#16140f';
const PAPER = '#fbfaf7';
const ACCENT = '#e85d4a';

/** `inset` is the share of the canvas the mark may use: maskable icons keep it in the safe circle. */
function markup(size: number, { rounded, inset }: { rounded: boolean; inset: number }) {
  const fontSize = Math.round(size * 0.62 * inset);
  return `<!doctype html><html><head><style>
    @font-face { font-family: House; src: url(data:font/woff2;base64,${FONT}) format('woff2'); font-weight: 200 900; }
    html, body { margin: 0; background: transparent; }
    .icon { width: ${size}px; height: ${size}px; background: ${INK}; border-radius: ${rounded ? Math.round(size * 0.19) : 0}px;
      display: flex; align-items: center; justify-content: center; }
    .mark { font: 700 ${fontSize}px/1 House; color: ${PAPER}; letter-spacing: -0.04em; transform: translateY(-${Math.round(fontSize * 0.06)}px); }
    .mark span { color: ${ACCENT}; }
  </style></head><body><div class="icon"><div class="mark">n<span>h</span></div></div></body></html>`;
}

/** An ICO file holding PNG images, which every browser that asks for /favicon.ico reads. */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  async function draw(size: number, options: { rounded: boolean; inset: number }): Promise<Buffer> {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(markup(size, options));
    await page.evaluate(() => document.fonts.ready);
    return page.locator('.icon').screenshot({ omitBackground: true });
  }

  const favicons = [];
  for (const size of [16, 32]) favicons.push({ size, png: await draw(size, { rounded: true, inset: 1 }) });
  writeFileSync(path.join(PUBLIC, 'favicon.ico'), ico(favicons));
  writeFileSync(path.join(PUBLIC, 'apple-touch-icon.png'), await draw(180, { rounded: false, inset: 1 }));
  writeFileSync(path.join(PUBLIC, 'icon-192.png'), await draw(192, { rounded: true, inset: 1 }));
  writeFileSync(path.join(PUBLIC, 'icon-512.png'), await draw(512, { rounded: true, inset: 1 }));
  writeFileSync(path.join(PUBLIC, 'icon-maskable-512.png'), await draw(512, { rounded: false, inset: 0.72 }));
  await browser.close();
}

void main();
