import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  // Out of the flow while empty (no gap for nothing in a flex column), yet still in the
  // accessibility tree: a region hidden with display:none would not be announced when filled.
  region: { ':empty': { position: 'absolute' } },
});

/**
 * A polite live region that is in the page before its message: screen readers read a message
 * put into a region they already know (WCAG 4.1.3), not always one that arrives with its own.
 */
export function StatusRegion({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <div role="status" className={styles.region}>
      {children}
    </div>
  );
}
