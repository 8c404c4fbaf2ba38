#!/usr/bin/env node
/**
 * Generates every icon the app ships from the vector sources below (run: npm run icons).
 * The PNGs and the .ico are committed so builds need no rendering step.
 *
 * Tray glyph: a ring of five segments around a small dot (the sitter). Sitting time fills the ring one
 * segment per step (progress-0..4); a due break lights the whole ring in the accent colour; paused shows
 * two bars; off hours shows a thin, dimmed hollow ring.
 *
 * Outputs (resources/icons/):
 *   tray/<icon>.png, tray/<icon>@2x.png                 16/32 px, colour (Windows)
 *   tray-linux/<icon>.png, tray-linux/<icon>@2x.png     22/44 px, colour (Linux panels are 22-24 px)
 *   tray-mac/<icon>Template.png, ...Template@2x.png     16/32 px, black + alpha only: macOS recolours
 *     template images for light/dark menu bars. https://www.electronjs.org/docs/latest/api/native-image#template-image-macos
 *   app/icon-512.png, app/icon-1024.png, app/icon.ico   app icon; the .ico holds 16-256 px
 *   preview.png is NOT written here (use --preview <file> to render a contact sheet for review).
 *
 * The ICO container is written by hand (a 6-byte header, one 16-byte directory entry per image, then
 * the images): sizes below 256 as 32-bit BMP (BITMAPINFOHEADER + BGRA rows bottom-up + AND mask), which
 * every Windows consumer reads, and 256 px as PNG, as Windows Vista+ expects. This avoids a dependency
 * for ~40 lines of well-specified format:
 * https://learn.microsoft.com/en-us/previous-versions/ms997538(v=msdn.10)
 */
import { Resvg } from '@resvg/resvg-js';
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'icons');
export const TRAY_ICONS = [
  'progress-0',
  'progress-1',
  'progress-2',
  'progress-3',
  'progress-4',
  'due',
  'paused',
  'off',
];

const COLOUR = { lit: '#2c9c8c', track: '#8c9b9a', accent: '#f0892b', dim: '#8c9b9a' };
const TEMPLATE = { lit: '#000', track: '#000', accent: '#000', dim: '#000' };

/** One segment of the 5-step ring, clockwise from 12 o'clock, as an SVG arc path (16-unit grid). */
function segment(i, r = 5.6, gapDeg = 18) {
  const span = 72;
  const a0 = ((i * span + gapDeg / 2 - 90) * Math.PI) / 180;
  const a1 = (((i + 1) * span - gapDeg / 2 - 90) * Math.PI) / 180;
  const p = (a) => `${(8 + r * Math.cos(a)).toFixed(3)} ${(8 + r * Math.sin(a)).toFixed(3)}`;
  return `M ${p(a0)} A ${r} ${r} 0 0 1 ${p(a1)}`;
}

function ring(lit, colours, litColour, trackOpacity) {
  return [0, 1, 2, 3, 4]
    .map((i) => {
      const on = i < lit;
      const stroke = on ? litColour : colours.track;
      const opacity = on ? 1 : trackOpacity;
      return `<path d="${segment(i)}" fill="none" stroke="${stroke}" stroke-opacity="${opacity}" stroke-width="2.3" stroke-linecap="butt"/>`;
    })
    .join('');
}

/** The tray glyph for one state, on a 16x16 grid. `template`: black+alpha for macOS. */
export function traySvg(icon, template = false) {
  const c = template ? TEMPLATE : COLOUR;
  // Template images carry meaning only in alpha, so the unlit track must be fainter there.
  const track = template ? 0.28 : 0.45;
  let body;
  if (icon.startsWith('progress-')) {
    const lit = Number(icon.slice('progress-'.length));
    body = ring(lit, c, c.lit, track) + `<circle cx="8" cy="8" r="1.9" fill="${c.lit}"/>`;
  } else if (icon === 'due') {
    body = ring(5, c, c.accent, track) + `<circle cx="8" cy="8" r="2.7" fill="${c.accent}"/>`;
  } else if (icon === 'paused') {
    body =
      ring(0, c, c.lit, track) +
      `<rect x="5.6" y="5" width="1.8" height="6" rx="0.4" fill="${c.lit}"/>` +
      `<rect x="8.6" y="5" width="1.8" height="6" rx="0.4" fill="${c.lit}"/>`;
  } else if (icon === 'off') {
    body =
      `<circle cx="8" cy="8" r="5.6" fill="none" stroke="${c.dim}" stroke-opacity="0.7" stroke-width="1.2"/>` +
      `<circle cx="8" cy="8" r="1.5" fill="none" stroke="${c.dim}" stroke-opacity="0.7" stroke-width="1"/>`;
  } else {
    throw new Error(`unknown tray icon: ${icon}`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" width="16" height="16">${body}</svg>`;
}

/** The app icon: the same ring, three segments lit and one accent, on a calm rounded square. */
export function appSvg() {
  const seg = (i, colour, opacity) =>
    `<path d="${segment(i)}" fill="none" stroke="${colour}" stroke-opacity="${opacity}" stroke-width="1.9"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" width="16" height="16">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="#34a594"/><stop offset="1" stop-color="#1d6f66"/></linearGradient></defs>
  <rect x="0.5" y="0.5" width="15" height="15" rx="3.4" fill="url(#bg)"/>
  ${seg(0, '#ffffff', 1)}${seg(1, '#ffffff', 1)}${seg(2, '#ffffff', 1)}${seg(3, '#f6a04d', 1)}${seg(4, '#ffffff', 0.35)}
  <circle cx="8" cy="8" r="1.9" fill="#ffffff"/>
</svg>`;
}

export function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
}

/** 32-bit BMP (DIB) image for an ICO entry: straight (non-premultiplied) BGRA, bottom-up, + AND mask. */
function bmpEntry(image) {
  const { width: w, height: h } = image;
  const rgba = image.pixels; // resvg gives premultiplied RGBA
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(w, 4);
  header.writeInt32LE(h * 2, 8); // ICO DIBs count the colour and mask rows together
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const xor = Buffer.alloc(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const s = (y * w + x) * 4;
      const d = ((h - 1 - y) * w + x) * 4;
      const a = rgba[s + 3];
      const un = (v) => (a === 0 ? 0 : Math.min(255, Math.round((v * 255) / a)));
      xor[d] = un(rgba[s + 2]);
      xor[d + 1] = un(rgba[s + 1]);
      xor[d + 2] = un(rgba[s]);
      xor[d + 3] = a;
    }
  }
  const maskRow = Math.ceil(w / 32) * 4; // 1 bpp rows padded to 32 bits; alpha carries transparency
  return Buffer.concat([header, xor, Buffer.alloc(maskRow * h)]);
}

export function ico(sizes, svg) {
  const images = sizes.map((size) => {
    const img = render(svg, size);
    return { size, data: size >= 256 ? img.asPng() : bmpEntry(img) };
  });
  const head = Buffer.alloc(6 + 16 * images.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2); // 1 = icon
  head.writeUInt16LE(images.length, 4);
  let offset = head.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    head.writeUInt8(size >= 256 ? 0 : size, e); // 0 means 256
    head.writeUInt8(size >= 256 ? 0 : size, e + 1);
    head.writeUInt8(0, e + 2);
    head.writeUInt8(0, e + 3);
    head.writeUInt16LE(1, e + 4);
    head.writeUInt16LE(32, e + 6);
    head.writeUInt32LE(data.length, e + 8);
    head.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([head, ...images.map((i) => i.data)]);
}

function write(rel, data) {
  const file = join(OUT, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/** A contact sheet of every output, scaled up with crisp pixels, on light and dark backgrounds. */
function preview(file) {
  const rows = [
    ['tray', 16, false],
    ['tray-linux', 22, false],
    ['tray-mac', 16, true],
  ];
  const cell = 96;
  const parts = [];
  let y = 10;
  for (const bg of ['#f3f3f3', '#202124']) {
    for (const [, size, template] of rows) {
      TRAY_ICONS.forEach((icon, i) => {
        const png = render(traySvg(icon, template), size * 2)
          .asPng()
          .toString('base64');
        parts.push(
          `<rect x="${10 + i * cell}" y="${y}" width="${cell - 8}" height="${cell - 8}" fill="${bg}"/>`,
        );
        parts.push(
          `<image x="${14 + i * cell}" y="${y + 4}" width="80" height="80" style="image-rendering:pixelated" href="data:image/png;base64,${png}"/>`,
        );
      });
      y += cell;
    }
  }
  const app = render(appSvg(), 256).asPng().toString('base64');
  parts.push(`<image x="10" y="${y + 10}" width="256" height="256" href="data:image/png;base64,${app}"/>`);
  for (const [i, s] of [16, 24, 32, 48].entries()) {
    const png = render(appSvg(), s).asPng().toString('base64');
    parts.push(
      `<image x="${300 + i * 70}" y="${y + 10}" width="${s}" height="${s}" href="data:image/png;base64,${png}"/>`,
    );
  }
  const sheet = `<svg xmlns="http://www.w3.org/2000/svg" width="${20 + cell * TRAY_ICONS.length}" height="${y + 280}"><rect width="100%" height="100%" fill="#888"/>${parts.join('')}</svg>`;
  writeFileSync(file, new Resvg(sheet).render().asPng());
}

function main() {
  for (const icon of TRAY_ICONS) {
    write(`tray/${icon}.png`, render(traySvg(icon), 16).asPng());
    write(`tray/${icon}@2x.png`, render(traySvg(icon), 32).asPng());
    write(`tray-linux/${icon}.png`, render(traySvg(icon), 22).asPng());
    write(`tray-linux/${icon}@2x.png`, render(traySvg(icon), 44).asPng());
    write(`tray-mac/${icon}Template.png`, render(traySvg(icon, true), 16).asPng());
    write(`tray-mac/${icon}Template@2x.png`, render(traySvg(icon, true), 32).asPng());
  }
  write('app/icon-512.png', render(appSvg(), 512).asPng());
  write('app/icon-1024.png', render(appSvg(), 1024).asPng());
  write('app/icon.ico', ico([16, 24, 32, 48, 64, 128, 256], appSvg()));
  const at = process.argv.indexOf('--preview');
  if (at > 0 && process.argv[at + 1]) preview(process.argv[at + 1]);
  console.log(`icons written to ${OUT}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
