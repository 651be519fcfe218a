import { useCallback, useEffect, useRef, useState } from 'react';
import { validationSteps, type Day, type ValidatedWorkbook } from '../core';
import type { Host, HostFailure, ReadProgress } from '../ports';
import { runInSlices } from './runInSlices';
import { yieldToBrowser } from './yieldToBrowser';
import { LISTED_PER_KIND } from './issues/groupIssues';

export type LoadStep = ReadProgress['step'] | 'validate';

export type WorkbookState =
  | { readonly status: 'loading'; readonly step: LoadStep; readonly fraction: number | null }
  | { readonly status: 'ready'; readonly validated: ValidatedWorkbook }
  /** The host could not read the workbook (Excel busy, a file that is not a workbook). */
  | { readonly status: 'failed'; readonly failure: HostFailure }
  /** Something nobody foresaw went wrong (a bug): said in one sentence all the same. */
  | { readonly status: 'error'; readonly error: unknown };

const STARTING: WorkbookState = { status: 'loading', step: 'names', fraction: null };

/**
 * Reads the host's workbook and validates it as of today, yielding between the steps (and
 * between slices of the validation) so the progress shows and the pane stays responsive.
 * Re-reads when the host changes, on refresh, and (in Excel) after the user's edits. A stale
 * read never overwrites a newer one, and a new host starts loading at once: the previous
 * workbook's dashboard is never drawn again under the new one's name.
 */
export function useWorkbook(host: Host, today: Day): { state: WorkbookState; refresh: () => void } {
  const [held, setHeld] = useState<{ readonly host: Host; readonly state: WorkbookState }>({ host, state: STARTING });
  const generation = useRef(0);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    const current = () => generation.current === mine;
    const setState = (state: WorkbookState) => setHeld({ host, state });
    setState({ status: 'loading', step: 'names', fraction: null });
    try {
      await yieldToBrowser();
      const read = await host.readWorkbook((p) => {
        if (current()) setState({ status: 'loading', step: p.step, fraction: p.fraction });
      });
      if (!current()) return;
      if (!read.ok) return setState({ status: 'failed', failure: read.failure });
      setState({ status: 'loading', step: 'validate', fraction: null });
      await yieldToBrowser();
      // In slices: a million rows take seconds to validate, and the page or pane must answer meanwhile.
      // The first LISTED_PER_KIND issues of each kind are made, the others only counted.
      const steps = validationSteps(read.value, { asOf: today, listedPerGroup: LISTED_PER_KIND });
      const validated = await runInSlices(steps, {
        onProgress: (fraction) => {
          if (current()) setState({ status: 'loading', step: 'validate', fraction });
        },
        wanted: current,
      });
      if (validated && current()) setState({ status: 'ready', validated });
    } catch (error) {
      if (current()) setState({ status: 'error', error });
    }
  }, [host, today]);

  useEffect(() => {
    void load();
    const unsubscribe = host.excel ? host.excel.onChanged(() => void load()) : undefined;
    return () => {
      generation.current++;
      unsubscribe?.();
    };
  }, [host, load]);

  return { state: held.host === host ? held.state : STARTING, refresh: () => void load() };
}
