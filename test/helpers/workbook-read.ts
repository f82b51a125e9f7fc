// Reading a written workbook back in a test: with exceljs (styles, validations, views), and the raw
// XML of its parts (what the file itself says). Its cells as the reader sees them: readSheets.
import ExcelJS from 'exceljs';

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** The text of every part of the zip whose name matches. */
export async function zipParts(bytes: Uint8Array, pattern: RegExp): Promise<Map<string, string>> {
  const JSZip = require('jszip') as { loadAsync(data: Uint8Array): Promise<{ files: Record<string, { async(type: 'string'): Promise<string> }> }> };
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) if (pattern.test(name)) parts.set(name, await file.async('string'));
  return parts;
}
