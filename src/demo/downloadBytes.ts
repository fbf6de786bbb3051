const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/** Hands file bytes to the browser as a download named `fileName`. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const type = /\.xlsm$/i.test(fileName) ? XLSM_TYPE : XLSX_TYPE;
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has started reading the blob by the time the click returns; free it a bit later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
