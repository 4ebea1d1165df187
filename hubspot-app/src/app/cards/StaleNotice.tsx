// A write refused because the record changed since the card read it: say so,
// offer a reload, and keep what the user typed (the caller holds the draft).
import { Alert, Button, Text } from '@hubspot/ui-extensions';
import type { Lang } from './core';
import { chrome } from './chrome';

export function StaleNotice({ lang, message, onReload }: { lang: Lang; message: string; onReload: () => void }) {
  return (
    <Alert testId="stale-alert" title={chrome(lang, 'stale.title')} variant="warning">
      <Text>{message}</Text>
      <Text>{chrome(lang, 'stale.keptInput')}</Text>
      <Button testId="stale-reload" onClick={() => onReload()}>
        {chrome(lang, 'stale.reload')}
      </Button>
    </Alert>
  );
}
