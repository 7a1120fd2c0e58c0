// Draws the Marketplace icon, media/icon.png (128×128 RGBA): a policy page with a highlighted
// mention under an amber lens. Plain geometry rasterised with 4×4 supersampling and written as
// a PNG with node:zlib, so the icon can be regenerated without any image tool.
//   node scripts/make-icon.mjs [output path]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const hex = (value, alpha = 1) => [
  parseInt(value.slice(1, 3), 16),
  parseInt(value.slice(3, 5), 16),
  parseInt(value.slice(5, 7), 16),
  alpha,
];

// --- shapes: each answers "is this point inside?" --------------------------------------------
function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}
function pageWithFold(x0, y0, x1, y1, fold) {
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1 && x - x1 + fold <= y - y0;
}
function foldTriangle(x1, y0, fold) {
  return (x, y) => x <= x1 && y >= y0 && x >= x1 - fold && y <= y0 + fold && x - x1 + fold >= y - y0;
}
function ring(cx, cy, outer, inner) {
  return (x, y) => {
    const d = (x - cx) ** 2 + (y - cy) ** 2;
    return d <= outer * outer && d >= inner * inner;
  };
}
function disc(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function capsule(ax, ay, bx, by, r) {
  return (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r * r;
  };
}

// --- the picture, back to front --------------------------------------------------------------
const background = roundedRect(4, 4, 124, 124, 24);
const layers = [
  { shape: background, colour: (_x, y) => mix(hex('#1d3557'), hex('#2d6a9f'), y / SIZE) },
  { shape: pageWithFold(28, 20, 84, 106, 16), colour: () => hex('#f4f6f8') },
  { shape: foldTriangle(84, 20, 16), colour: () => hex('#c9d3dd') },
  { shape: roundedRect(38, 38, 72, 43, 2.5), colour: () => hex('#8fa3b8') },
  { shape: roundedRect(38, 50, 64, 55, 2.5), colour: () => hex('#f2b134') },
  { shape: roundedRect(38, 62, 70, 67, 2.5), colour: () => hex('#8fa3b8') },
  { shape: roundedRect(38, 74, 58, 79, 2.5), colour: () => hex('#8fa3b8') },
  { shape: roundedRect(38, 86, 66, 91, 2.5), colour: () => hex('#8fa3b8') },
  { shape: disc(84, 78, 17), colour: () => hex('#ffffff', 0.28) },
  { shape: ring(84, 78, 23, 16), colour: () => hex('#f2b134') },
  { shape: capsule(101, 95, 113, 107, 5.5), colour: () => hex('#f2b134') },
];

function mix(a, b, t) {
  return a.map((channel, i) => channel + (b[i] - channel) * t);
}

function over(dst, src) {
  const alpha = src[3] + dst[3] * (1 - src[3]);
  if (alpha === 0) return [0, 0, 0, 0];
  const channel = (i) => (src[i] * src[3] + dst[i] * dst[3] * (1 - src[3])) / alpha;
  return [channel(0), channel(1), channel(2), alpha];
}

function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy += 1) {
    for (let sx = 0; sx < SAMPLES; sx += 1) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      let colour = [0, 0, 0, 0];
      for (const layer of layers) if (layer.shape(x, y)) colour = over(colour, layer.colour(x, y));
      // Premultiply while averaging so edges do not darken.
      sum[0] += colour[0] * colour[3];
      sum[1] += colour[1] * colour[3];
      sum[2] += colour[2] * colour[3];
      sum[3] += colour[3];
    }
  }
  const n = SAMPLES * SAMPLES;
  const alpha = sum[3] / n;
  if (alpha === 0) return [0, 0, 0, 0];
  return [sum[0] / sum[3], sum[1] / sum[3], sum[2] / sum[3], alpha].map((v, i) => Math.round(i === 3 ? v * 255 : v));
}

// --- PNG encoding ----------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y += 1) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x += 1) Buffer.from(pixel(x, y)).copy(raw, row + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const output = process.argv[2] ?? fileURLToPath(new URL('../media/icon.png', import.meta.url));
writeFileSync(output, png);
console.log(`Wrote ${png.length} bytes to ${output}`);
