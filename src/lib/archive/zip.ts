/**
 * A zip file written entry by entry from data deflated beforehand (and possibly elsewhere: worker
 * threads deflate, the main thread only lays out the bytes). Every entry has one fixed date, so
 * the same entries give the same bytes. More than 65,535 entries (a large year) get the Zip64 end
 * records that every current unzip reads.
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";

/** A file as a zip holds it. */
export interface ZipEntry {
  name: string;
  /** CRC-32 of the file's bytes */
  crc: number;
  /** the file's size */
  size: number;
  /** its bytes, raw deflate */
  deflated: Uint8Array;
}

/** 2000-01-01 00:00 as MS-DOS date and time: a date, not an instant, so no time zone enters. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** general purpose flags: bits 1–2 zero, normal compression (the entries are deflated at level 6); bit 11, UTF-8 names */
const UTF8_NAME = 0x0800;

export class ZipFile {
  private readonly fd: number;
  private readonly hash = createHash("sha256");
  private buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  private offset = 0;
  private readonly central: Buffer[] = [];
  private count = 0;

  constructor(path: string) {
    this.fd = openSync(path, "w");
  }

  private write(bytes: Uint8Array): void {
    if (this.used + bytes.length > this.buffer.length) this.flush();
    if (bytes.length > this.buffer.length) {
      this.hash.update(bytes);
      writeSync(this.fd, bytes);
    } else {
      this.buffer.set(bytes, this.used);
      this.used += bytes.length;
    }
    this.offset += bytes.length;
  }

  private flush(): void {
    if (this.used === 0) return;
    const chunk = this.buffer.subarray(0, this.used);
    this.hash.update(chunk);
    writeSync(this.fd, chunk);
    this.used = 0;
  }

  add(entry: ZipEntry): void {
    const name = Buffer.from(entry.name, "utf-8");
    const flags = /[^\x20-\x7e]/.test(entry.name) ? UTF8_NAME : 0;
    if (this.offset > 0xffffffff || entry.deflated.length > 0xffffffff || entry.size > 0xffffffff) throw new Error(`${entry.name}: a zip beyond 4 GB needs Zip64 entries, which this writer does not make`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0, deflate
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS attributes, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(this.offset, 42); // 30–41: extra, comment, disk, attributes: 0
    this.central.push(central, name);
    this.count++;
    this.write(local);
    this.write(name);
    this.write(entry.deflated);
  }

  /** Writes the central directory and closes the file; returns the zip's SHA-256. */
  close(): string {
    const start = this.offset;
    for (const part of this.central) this.write(part);
    const size = this.offset - start;
    const zip64 = this.count > 0xffff || start > 0xffffffff || size > 0xffffffff;
    if (zip64) {
      const record = Buffer.alloc(56);
      record.writeUInt32LE(0x06064b50, 0);
      record.writeBigUInt64LE(44n, 4); // size of the rest of the record
      record.writeUInt16LE(45, 12); // made by: 4.5, Zip64
      record.writeUInt16LE(45, 14);
      record.writeBigUInt64LE(BigInt(this.count), 24);
      record.writeBigUInt64LE(BigInt(this.count), 32);
      record.writeBigUInt64LE(BigInt(size), 40);
      record.writeBigUInt64LE(BigInt(start), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeBigUInt64LE(BigInt(start + size), 8);
      locator.writeUInt32LE(1, 16);
      this.write(record);
      this.write(locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(this.count, 0xffff), 8);
    end.writeUInt16LE(Math.min(this.count, 0xffff), 10);
    end.writeUInt32LE(Math.min(size, 0xffffffff), 12);
    end.writeUInt32LE(Math.min(start, 0xffffffff), 16);
    this.write(end);
    this.flush();
    closeSync(this.fd);
    return this.hash.digest("hex");
  }
}
