// A small PNG decoder, for reading pixels out of a Playwright screenshot (a Buffer) without an image library: what a
// reader sees where two pages meet (the host page's background through a transparent frame) is only in the pixels,
// not in any computed style. It reads what Chromium writes: 8-bit greyscale, RGB or RGBA, with or without alpha,
// not interlaced, every filter type. Anything else (palettes, 16-bit, Adam7) throws rather than guessing.
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// Channels per pixel by colour type: greyscale, RGB, greyscale + alpha, RGBA.
const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

/// The image's size and a reader of its pixels: `pixel(x, y)` is `{ r, g, b, a }`, each 0–255.
export function decodePng(buffer) {
  const png = Buffer.from(buffer);
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let header;
  const data = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        depth: body[8],
        colourType: body[9],
        interlace: body[12],
      };
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length; // length, type, body, CRC
  }
  if (!header) throw new Error('a PNG without its IHDR');
  const { width, height, depth, colourType, interlace } = header;
  const channels = CHANNELS[colourType];
  if (depth !== 8 || !channels || interlace !== 0) {
    throw new Error(`an unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
  }
  const pixels = unfilter(zlib.inflateSync(Buffer.concat(data)), width, height, channels);
  const stride = width * channels;
  return {
    width,
    height,
    pixel(x, y) {
      if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= width || y >= height) {
        throw new RangeError(`(${x}, ${y}) is outside the ${width}×${height} image`);
      }
      const at = y * stride + x * channels;
      const v = [...pixels.subarray(at, at + channels)];
      if (channels <= 2) return { r: v[0], g: v[0], b: v[0], a: channels === 2 ? v[1] : 255 };
      return { r: v[0], g: v[1], b: v[2], a: channels === 4 ? v[3] : 255 };
    },
  };
}

/// Undoes the per-row filters (PNG spec §9): each row starts with its filter type, and each byte is predicted from
/// the byte one pixel to its left (a), the byte above (b) and the one above that left (c).
function unfilter(raw, width, height, channels) {
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error('a PNG whose image data is cut short');
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[y * stride + i - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + i] : 0;
      const c = y > 0 && i >= channels ? out[(y - 1) * stride + i - channels] : 0;
      let predicted;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) predicted = paeth(a, b, c);
      else throw new Error(`a PNG row with unknown filter ${filter}`);
      out[y * stride + i] = (row[i] + predicted) & 0xff;
    }
  }
  return out;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/// Relative luminance (WCAG 2.x) of an sRGB colour given as 0–255 channels: 0 for black, 1 for white.
export function luminance({ r, g, b }) {
  const linear = (v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
