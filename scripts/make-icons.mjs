// Draws the add-in's icon (a ledger page with a clock on its corner, in the
// brand green) at every size Office asks for, and writes them as PNG files in
// assets/. Run with `npm run icons`; the output is committed, so a build never
// depends on this script. `--check` writes nothing and exits 1 when the
// committed files differ from what the script draws. Pixels are computed, not drawn by a library: each
// pixel averages 4 x 4 samples of the shapes below, in a 0..1 square.
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_SIZES = [16, 32, 64, 80, 128];

const BRAND = [14, 124, 102, 255];
const BRAND_DARK = [9, 84, 69, 255];
const PAPER = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

const CLOCK = { x: 0.7, y: 0.7, r: 0.27 };

function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inSegment(x, y, x1, y1, x2, y2, halfWidth) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return (x - (x1 + t * dx)) ** 2 + (y - (y1 + t * dy)) ** 2 <= halfWidth ** 2;
}

/** The colour of the icon at one point; later shapes lie on top. */
function colourAt(x, y) {
  const fromClock = Math.hypot(x - CLOCK.x, y - CLOCK.y);
  if (fromClock <= CLOCK.r) {
    if (fromClock > CLOCK.r * 0.74) return BRAND_DARK;
    const hourHand = inSegment(x, y, CLOCK.x, CLOCK.y, CLOCK.x, CLOCK.y - 0.15, 0.035);
    const minuteHand = inSegment(x, y, CLOCK.x, CLOCK.y, CLOCK.x + 0.12, CLOCK.y, 0.035);
    return hourHand || minuteHand ? BRAND_DARK : PAPER;
  }
  // A transparent gap keeps the clock apart from the page at small sizes.
  if (fromClock <= CLOCK.r + 0.05) return CLEAR;
  if (!inRoundedRect(x, y, 0.06, 0.04, 0.74, 0.96, 0.08)) return CLEAR;
  const onRule = [0.22, 0.38, 0.54].some((top) => y >= top && y <= top + 0.07);
  return onRule && x >= 0.18 && x <= 0.62 ? PAPER : BRAND;
}

/** RGBA pixels, row by row, `size` x `size`. */
export function drawIcon(size) {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = colourAt(
            (column + (sx + 0.5) / samples) / size,
            (row + (sy + 0.5) / samples) / size,
          );
          // Premultiplied, so transparent samples do not darken the edges.
          for (let c = 0; c < 3; c += 1) sum[c] += (colour[c] * colour[3]) / 255;
          sum[3] += colour[3];
        }
      }
      const offset = (row * size + column) * 4;
      const alpha = sum[3] / (samples * samples);
      for (let c = 0; c < 3; c += 1) {
        pixels[offset + c] = alpha === 0 ? 0 : Math.round((sum[c] / sum[3]) * 255);
      }
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) holding `pixels`. */
export function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row += 1) {
    // Each row starts with its filter type, 0 (none).
    rows.set(pixels.subarray(row * size * 4, (row + 1) * size * 4), row * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  const check = process.argv.includes('--check');
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    const png = encodePng(size, drawIcon(size));
    if (!check) {
      writeFileSync(file, png);
      console.log(`wrote ${file}`);
    } else if (!existsSync(file) || !png.equals(readFileSync(file))) {
      console.error(`${file} differs from what scripts/make-icons.mjs draws; run npm run icons`);
      process.exitCode = 1;
    }
  }
}
