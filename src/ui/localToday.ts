/** Today's date on the user's computer (their calendar day, not UTC's), `YYYY-MM-DD`. Doors only: the core never reads the clock. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
