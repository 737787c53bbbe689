// @ts-check
/**
 * Turns a cache entry (plain data with Buffers, typed arrays and Maps inside, as Next.js keeps rendered
 * pages) into one Buffer and back, for the shared store. Binary parts are appended as they are rather
 * than spelled out as JSON numbers or base64.
 *
 * Layout (big-endian 32-bit numbers): the head's length, the number of parts, each part's length, the
 * JSON head, then the parts.
 */

/** @param {unknown} value @returns {Buffer} */
function encodeEntry(value) {
  /** @type {Buffer[]} */
  const parts = [];
  const head = JSON.stringify(value, function replacer(key, item) {
    // JSON.stringify calls Buffer's toJSON before the replacer: look at the holder's own property instead.
    const raw = /** @type {any} */ (this)[key];
    if (raw instanceof Uint8Array) {
      parts.push(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength));
      return { $bytes: parts.length - 1 };
    }
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    return item;
  });
  const headBytes = Buffer.from(head ?? 'null', 'utf8');
  const table = Buffer.alloc(8 + 4 * parts.length);
  table.writeUInt32BE(headBytes.length, 0);
  table.writeUInt32BE(parts.length, 4);
  parts.forEach((part, i) => table.writeUInt32BE(part.byteLength, 8 + 4 * i));
  return Buffer.concat([table, headBytes, ...parts]);
}

/** @param {Buffer} bytes @returns {any} */
function decodeEntry(bytes) {
  const headLength = bytes.readUInt32BE(0);
  const count = bytes.readUInt32BE(4);
  let offset = 8 + 4 * count;
  const head = bytes.subarray(offset, offset + headLength).toString('utf8');
  offset += headLength;
  /** @type {Buffer[]} */
  const parts = [];
  for (let i = 0; i < count; i++) {
    const length = bytes.readUInt32BE(8 + 4 * i);
    parts.push(bytes.subarray(offset, offset + length));
    offset += length;
  }
  return revive(JSON.parse(head), parts);
}

/** @param {any} item @param {Buffer[]} parts @returns {any} */
function revive(item, parts) {
  if (Array.isArray(item)) return item.map((x) => revive(x, parts));
  if (!item || typeof item !== 'object') return item;
  const keys = Object.keys(item);
  if (keys.length === 1 && keys[0] === '$bytes') return Buffer.from(/** @type {Buffer} */ (parts[item.$bytes]));
  if (keys.length === 1 && keys[0] === '$map') return new Map(item.$map.map((/** @type {any} */ pair) => revive(pair, parts)));
  /** @type {Record<string, any>} */
  const out = {};
  for (const key of keys) out[key] = revive(item[key], parts);
  return out;
}

module.exports = { encodeEntry, decodeEntry };
