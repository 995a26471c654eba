const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The container of old binary Office files (.doc) and of password-protected .docx files. */
export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((byte, i) => bytes[i] === byte);
}

const ENCRYPTED_PACKAGE_NAME = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * Word encrypts a .docx by wrapping it, as a stream named "EncryptedPackage", in a compound
 * file; a .doc has a "WordDocument" stream instead. Directory entry names are UTF-16LE, so a
 * byte search tells the two apart without parsing the compound file's sector chains.
 */
export function isEncryptedOfficePackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE_NAME);
}
