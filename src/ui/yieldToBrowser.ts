/**
 * Lets the browser paint and handle input between two long steps, so the pane never
 * freezes for more than a moment (a macrotask, not a microtask: promises alone don't yield).
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
