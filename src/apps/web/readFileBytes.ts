/**
 * A picked or dropped file's bytes, through FileReader: it reports progress on a big file
 * (so the bar moves) and works in every browser the page supports.
 */
export function readFileBytes(file: Blob, onProgress?: (fraction: number | null) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress?.(e.lengthComputable && e.total > 0 ? e.loaded / e.total : null);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}
