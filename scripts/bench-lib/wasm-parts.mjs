// The wasm's size by part (code, data, the rest), raw and gzip, read from the binary's sections.
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from '../../e2e/lib/browser.mjs';
import { gzip } from './bytes.mjs';

/// A wasm binary by part: after the 8-byte preamble (magic, version), each section is an id byte, its size as an
/// unsigned LEB128 and its bytes. Code is section 10, data section 11; each part keeps its sections' headers.
export function wasmParts(file) {
  const bytes = fs.readFileSync(file);
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0x0061736d) throw new Error(`${file} is not a wasm binary`);
  const parts = { code: [], data: [], rest: [bytes.subarray(0, 8)] };
  const custom = [];
  const leb = (at) => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++];
      value += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return [value, at];
    }
  };
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const [size, body] = leb(at);
    at = body + size;
    if (at > bytes.length) throw new Error(`${file}: section ${id} at byte ${start} runs past the end`);
    if (id === 0) {
      const [length, name] = leb(body);
      custom.push(bytes.subarray(name, name + length).toString('utf8'));
    }
    (id === 10 ? parts.code : id === 11 ? parts.data : parts.rest).push(bytes.subarray(start, at));
  }
  const sized = (chunks) => {
    const all = Buffer.concat(chunks);
    return { raw: all.length, gz: gzip(all) };
  };
  return {
    file: path.relative(DIST, file),
    code: sized(parts.code),
    data: sized(parts.data),
    rest: sized(parts.rest),
    total: { raw: bytes.length, gz: gzip(bytes) },
    custom,
  };
}

/// Every wasm binary in `dir`, by part.
export const wasmsIn = (dir) =>
  fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.wasm'))
    .map((f) => wasmParts(path.join(dir, f)));
