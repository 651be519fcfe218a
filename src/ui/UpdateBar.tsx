import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfflineCopy } from '../ports';
import { StatusRegion } from './StatusRegion';

const never = () => () => undefined;
const no = () => false;

/**
 * "A new version is ready", announced politely when the offline copy has downloaded one whole;
 * it applies at the next reload, or now with the button. Nothing while there is none.
 */
export function UpdateBar({ offline }: { readonly offline: OfflineCopy | undefined }) {
  const { t } = useTranslation('app');
  const ready = useSyncExternalStore(offline?.subscribe ?? never, offline?.updateReady ?? no);
  const [reloading, setReloading] = useState(false);
  return (
    <StatusRegion>
      {ready && (
        <MessageBar intent="info" layout="multiline" data-testid="update-ready">
          <MessageBarBody>{t('update.ready')}</MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              disabledFocusable={reloading}
              onClick={() => {
                setReloading(true);
                offline?.applyUpdate();
              }}
            >
              {t('update.reload')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </StatusRegion>
  );
}
