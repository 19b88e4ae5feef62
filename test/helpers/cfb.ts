/**
 * A minimal OLE compound file (CFB) with the given stream names in its directory: how Office
 * saves a password-protected document (EncryptionInfo, EncryptedPackage) and how Excel 97–2003
 * and Word 97–2003 files look from outside. Enough for readers that tell them apart by name.
 */
export function cfb(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(0x03, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  const dir = Buffer.alloc(512);
  streams.forEach((name, i) => Buffer.from(name, 'utf16le').copy(dir, i * 128));
  return Buffer.concat([header, Buffer.alloc(512), dir]);
}
