// Which reader a file needs: a workbook by its name (`.xlsx`, and the kinds it is confused with) or by
// its first bytes, else YAML. A YAML ledger cannot start with either signature (control characters).

const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xltx|xltm|xls)$/i;

/** Zip local file header: every .xlsx starts with it. */
export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** A zip's end record where a zip of no files starts. */
export const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 compound file: legacy .xls and password-protected (encrypted) workbooks. */
export const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

export function isWorkbook(name: string, bytes: Uint8Array): boolean {
  return WORKBOOK_EXTENSION.test(name) || [ZIP_SIGNATURE, EMPTY_ZIP_SIGNATURE, OLE2_SIGNATURE].some((signature) => startsWith(bytes, signature));
}

/** Owner files are 162 or 165 bytes; anything far larger is not one, whatever its name. */
const MAX_OWNER_FILE_BYTES = 1024;
/** The owner file's first field: a length byte, the user's name, spaces up to byte 54. */
const OWNER_NAME_FIELD = 54;

/** Excel's first field: the name's length (1–53), the name, then spaces to the end of the field. */
function ownerShape(bytes: Uint8Array): boolean {
  const length = bytes[0]!;
  if (bytes.length < OWNER_NAME_FIELD || length < 1 || length >= OWNER_NAME_FIELD) return false;
  for (let at = 1; at <= length; at++) if (bytes[at] === 0) return false;
  for (let at = length + 1; at < OWNER_NAME_FIELD; at++) if (bytes[at] !== 0x20) return false;
  return true;
}

/**
 * Excel's owner file (`~$ledger.xlsx`): written beside a workbook while it is open, a length byte and
 * the user's name. Known by its name (no zip or OLE2 signature) or by that shape.
 */
export function isOwnerFile(name: string, bytes: Uint8Array): boolean {
  if (bytes.length > MAX_OWNER_FILE_BYTES || startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, OLE2_SIGNATURE)) return false;
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  return base.startsWith('~$') || ownerShape(bytes);
}
