import { inflateRawSync } from 'node:zlib';
import { crc32 } from '../file-plan/zip-archive';

export interface UnzippedEntry {
  name: string;
  content: Buffer;
  flags: number;
  crcMatches: boolean;
}

/** Reads a ZIP back through its central directory (tests only: no ZIP64, no encryption). */
export function unzip(zip: Buffer): UnzippedEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: UnzippedEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`no central directory entry at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataAt, dataAt + size);
    const content = method === 8 ? inflateRawSync(raw) : raw;
    entries.push({ name, content, flags: zip.readUInt16LE(at + 8), crcMatches: crc32(content) === crc });
    at += 46 + nameLength;
  }
  return entries;
}
