import type { ExcelEnvironment } from './excelEnvironment';
import type { ExcelSupport } from './excelSupport';

/** Long enough for a burst of typing or a paste to become one re-read. */
export const CHANGE_DEBOUNCE_MS = 1_500;

export interface ChangeOptions {
  readonly support: Pick<ExcelSupport, 'changeEvents' | 'workbookChangeEvents'>;
  readonly debounceMs?: number;
  /** Where a failed (un)registration goes: the pane still has its Refresh button. */
  readonly reportError: (error: unknown) => void;
}

type Registration =
  | OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>
  | OfficeExtension.EventHandlerResult<Excel.WorksheetAddedEventArgs>;

/**
 * Calls back once edits have paused. ExcelApi 1.9 has one event for the whole workbook; with 1.7
 * each sheet is watched, plus the addition of a sheet. Without 1.7 nothing is registered and the
 * interface relies on its Refresh button. Returns an unsubscribe that also removes the handlers.
 */
export function subscribeToChanges(env: ExcelEnvironment, callback: () => void, options: ChangeOptions): () => void {
  if (!options.support.changeEvents) return () => undefined;
  const delay = options.debounceMs ?? CHANGE_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let active = true;
  const onEvent = async (): Promise<void> => {
    if (!active) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (active) callback();
    }, delay);
  };

  const registered: Promise<Registration[]> = env
    .run({ delayForCellEdit: true }, async (context) => {
      const worksheets = context.workbook.worksheets;
      if (options.support.workbookChangeEvents) {
        const all = [worksheets.onChanged.add(onEvent)];
        await context.sync();
        return all;
      }
      worksheets.load('items/name');
      await context.sync();
      const each: Registration[] = [
        ...worksheets.items.map((sheet) => sheet.onChanged.add(onEvent)),
        worksheets.onAdded.add(onEvent),
      ];
      await context.sync();
      return each;
    })
    .catch((error: unknown) => {
      options.reportError(error);
      return [];
    });

  return () => {
    active = false;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    void registered.then(async (registrations) => {
      const first = registrations[0];
      if (!first) return;
      try {
        await env.run({ previousObjects: first.context, delayForCellEdit: true }, async (context) => {
          registrations.forEach((r) => r.remove());
          await context.sync();
        });
      } catch (error) {
        options.reportError(error);
      }
    });
  };
}
