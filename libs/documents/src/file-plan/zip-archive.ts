import { deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, folders separated by '/'; stored as UTF-8. */
  name: string;
  content: Buffer;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time of a moment in Japan time, as ZIP headers keep them. */
function dosDateTime(at: Date): { date: number; time: number } {
  const jst = new Date(at.getTime() + 9 * 60 * 60 * 1000);
  return {
    date: ((jst.getUTCFullYear() - 1980) << 9) | ((jst.getUTCMonth() + 1) << 5) | jst.getUTCDate(),
    time: (jst.getUTCHours() << 11) | (jst.getUTCMinutes() << 5) | (jst.getUTCSeconds() >> 1),
  };
}

const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const STORE = 0;

interface HeaderFields {
  method: number;
  time: number;
  date: number;
  crc: number;
  stored: number;
  size: number;
  name: Buffer;
}

/** The fields the local header and the central directory entry share, in the same order in both. */
function writeHeaderFields(header: Buffer, at: number, f: HeaderFields): void {
  header.writeUInt16LE(UTF8_NAMES, at);
  header.writeUInt16LE(f.method, at + 2);
  header.writeUInt16LE(f.time, at + 4);
  header.writeUInt16LE(f.date, at + 6);
  header.writeUInt32LE(f.crc, at + 8);
  header.writeUInt32LE(f.stored, at + 12);
  header.writeUInt32LE(f.size, at + 16);
  header.writeUInt16LE(f.name.length, at + 20);
}

/**
 * A ZIP archive of the entries (deflated when that makes them smaller, names flagged as UTF-8 so Windows
 * Explorer shows Japanese names), without ZIP64: up to 65,535 entries and 4 GB.
 */
export function zipArchive(entries: readonly ZipEntry[], modifiedAt: Date): Buffer {
  if (entries.length > 0xffff) throw new RangeError('too many entries for a ZIP archive without ZIP64');
  const { date, time } = dosDateTime(modifiedAt);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = deflateRawSync(entry.content);
    const method = deflated.length < entry.content.length ? DEFLATE : STORE;
    const data = method === DEFLATE ? deflated : entry.content;
    const crc = crc32(entry.content);
    const fields: HeaderFields = { method, time, date, crc, stored: data.length, size: entry.content.length, name };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeHeaderFields(local, 6, fields);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    writeHeaderFields(central, 8, fields);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A file or folder name without characters Windows refuses, at most `max` characters. */
export function safeFileName(name: string, max = 60): string {
  const cleaned = Array.from(name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').trim())
    .slice(0, max)
    .join('');
  return cleaned.replace(/[. ]+$/, '') || '_';
}
