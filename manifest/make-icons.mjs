// Draws the Teams app icons: color.png (192x192, full colour) and outline.png (32x32, white on
// transparent). The glyph is a magnifying glass with a pulse line in the lens.
// Usage: node manifest/make-icons.mjs [output-folder]   (no npm packages; Node 20+)
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const ACCENT = [0x1e, 0x5a, 0xa8]; // keep equal to accentColor in manifest.json
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLING = 4;

// The glyph in a unit square (0..1), as signed distances: negative inside.
function glyphDistance(x, y, scale) {
  const stroke = (width) => width / scale; // stroke widths are given in pixels of a 32 px icon
  const lens = Math.abs(Math.hypot(x - 0.42, y - 0.42) - 0.27) - stroke(2.6) / 2;
  const handle = segmentDistance(x, y, 0.62, 0.62, 0.86, 0.86) - stroke(4) / 2;
  const pulse = [[0.22, 0.44], [0.33, 0.44], [0.38, 0.31], [0.45, 0.56], [0.50, 0.40], [0.53, 0.44], [0.62, 0.44]];
  let line = Infinity;
  for (let i = 1; i < pulse.length; i++) {
    line = Math.min(line, segmentDistance(x, y, ...pulse[i - 1], ...pulse[i]));
  }
  return Math.min(lens, handle, line - stroke(1.8) / 2);
}

function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

// Fraction of a pixel covered by the glyph, from SUPERSAMPLING² samples.
function coverage(px, py, size, inset) {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLING; sy++) {
    for (let sx = 0; sx < SUPERSAMPLING; sx++) {
      const u = ((px + (sx + 0.5) / SUPERSAMPLING) / size - inset) / (1 - 2 * inset);
      const v = ((py + (sy + 0.5) / SUPERSAMPLING) / size - inset) / (1 - 2 * inset);
      if (glyphDistance(u, v, 32) <= 0) hits++;
    }
  }
  return hits / (SUPERSAMPLING * SUPERSAMPLING);
}

// color.png: white glyph on an opaque accent background, inside the central safe area.
function colorIcon(size) {
  return render(size, (x, y) => {
    const c = coverage(x, y, size, 0.18);
    return [...ACCENT.map((a, i) => Math.round(a + (WHITE[i] - a) * c)), 255];
  });
}

// outline.png: white only, the background fully transparent; coverage goes into alpha.
function outlineIcon(size) {
  return render(size, (x, y) => [...WHITE, Math.round(255 * coverage(x, y, size, 0))]);
}

function render(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (None), then RGBA
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

function png(width, height, scanlines) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

const out = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
writeFileSync(join(out, 'color.png'), colorIcon(192));
writeFileSync(join(out, 'outline.png'), outlineIcon(32));
console.log(`wrote ${join(out, 'color.png')} (192x192) and ${join(out, 'outline.png')} (32x32)`);
