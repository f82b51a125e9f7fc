// Which reader a file needs: a workbook by its name (`.xlsx`, and the kinds it is confused with) or by
// its first bytes, else YAML. A YAML ledger cannot start with either signature (control characters).

const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xltx|xltm|xls)$/i;

/** Zip local file header: every .xlsx starts with it. */
export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: legacy .xls and password-protected (encrypted) workbooks. */
export const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

export function isWorkbook(name: string, bytes: Uint8Array): boolean {
  return WORKBOOK_EXTENSION.test(name) || startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, OLE2_SIGNATURE);
}
