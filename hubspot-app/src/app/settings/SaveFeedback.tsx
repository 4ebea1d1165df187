// What the last save of a section answered, for everyone to read (an Alert
// is announced by screen readers).
import { Alert, Button, Text } from '@hubspot/ui-extensions';
import type { Lang } from './core';
import { text } from './texts';
import type { SaveStatus } from './useSave';

export function SaveFeedback({ status, lang, onReload, testId }: { status: SaveStatus; lang: Lang; onReload: () => void; testId: string }) {
  if (status.kind === 'saved') return <Alert testId={`${testId}-saved`} title={text(lang, 'save.saved')} variant="success" />;
  if (status.kind === 'stale') {
    return (
      <Alert testId={`${testId}-stale`} title={text(lang, 'save.stale')} variant="warning">
        <Text>{status.message}</Text>
        <Button onClick={onReload}>{text(lang, 'save.reload')}</Button>
      </Alert>
    );
  }
  if (status.kind === 'failed') {
    return (
      <Alert testId={`${testId}-error`} title={text(lang, 'save.failed')} variant="error">
        <Text>{status.error.field ? `${status.error.field}: ${status.error.message}` : status.error.message}</Text>
      </Alert>
    );
  }
  return null;
}
