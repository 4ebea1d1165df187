import { Alert, Text } from '@hubspot/ui-extensions';
import type { Lang } from './core';
import { chrome } from './chrome';
import { StaleNotice } from './StaleNotice';
import type { WriteStatus } from './useWrite';

/** What happened to the last write: saved, refused as stale (with reload), or failed (naming the field). */
export function WriteFeedback({ lang, status, onReload }: { lang: Lang; status: WriteStatus; onReload: () => void }) {
  switch (status.kind) {
    case 'saved':
      return <Alert testId="write-saved" title={chrome(lang, 'write.saved')} variant="success" />;
    case 'stale':
      return <StaleNotice lang={lang} message={status.message} onReload={onReload} />;
    case 'failed':
      return (
        <Alert testId="write-error" title={chrome(lang, 'write.failed')} variant="error">
          <Text>{status.error.field ? `${status.error.field}: ${status.error.message}` : status.error.message}</Text>
        </Alert>
      );
    default:
      return null;
  }
}
