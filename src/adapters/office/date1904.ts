/**
 * Queues a read of the workbook's date system, answered after the next sync. DATE(1904,1,1) is
 * serial 0 in a 1904 workbook and 1462 in a 1900 one: nothing is written to find out. Without
 * ExcelApi 1.2 (no worksheet functions) the 1900 system, Excel's default, is assumed.
 */
export function queueDate1904Probe(context: Excel.RequestContext, api12: boolean): () => boolean {
  if (!api12) return () => false;
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load('value');
  return () => probe.value === 0;
}
