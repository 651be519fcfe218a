import type { RawWorkbook } from '../../core';
import type { Host } from '../../ports';

/**
 * A file host whose file was already read once (to make sure it is a workbook before the
 * dashboard shown is replaced): the first read hands over those cells, a Refresh reads again.
 */
export function preReadHost(host: Host, raw: RawWorkbook): Host {
  let first: RawWorkbook | null = raw;
  return {
    ...host,
    readWorkbook: async (onProgress) => {
      const cells = first;
      first = null;
      return cells === null ? host.readWorkbook(onProgress) : { ok: true, value: cells };
    },
  };
}
