// Loading, error and empty drawn the same way in every card, with the
// platform's own components (they carry the screen-reader labels).
import type { ReactNode } from 'react';
import { Button, EmptyState, ErrorState, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { Lang } from './core';
import { chrome } from './chrome';
import type { FetchState } from './fetchState';

export function Loading({ lang }: { lang: Lang }) {
  return <LoadingSpinner testId="state-loading" label={chrome(lang, 'state.loading')} showLabel layout="centered" />;
}

export function Failure({ lang, message, retry }: { lang: Lang; message: string; retry?: () => void }) {
  return (
    <ErrorState testId="state-error" title={chrome(lang, 'state.errorTitle')}>
      <Text>{message}</Text>
      {retry ? (
        <Button testId="state-retry" onClick={() => retry()}>
          {chrome(lang, 'action.retry')}
        </Button>
      ) : null}
    </ErrorState>
  );
}

export function Empty({ lang, title, children }: { lang: Lang; title: string; children?: ReactNode }) {
  return (
    <EmptyState testId="state-empty" title={title} layout="vertical" imageName="building">
      {children ?? <Text>{chrome(lang, 'state.emptyHint')}</Text>}
    </EmptyState>
  );
}

/** Draws loading and error (a `not-found` answer as `notFound`, when given), and hands the data to `ready`. */
export function FetchView<T>({
  state,
  lang,
  ready,
  notFound,
}: {
  state: FetchState<T>;
  lang: Lang;
  ready: (data: T, reload: () => void) => ReactNode;
  notFound?: ReactNode;
}) {
  if (state.status === 'loading') return <Loading lang={lang} />;
  if (state.status === 'error') {
    if (state.code === 'not-found' && notFound) return <>{notFound}</>;
    return <Failure lang={lang} message={state.message} retry={state.retry} />;
  }
  return <>{ready(state.data, state.reload)}</>;
}
