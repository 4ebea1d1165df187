// What every card hook hands its view: the view draws loading, error and ready
// (empty is a ready state with nothing in it, decided by the view).
export type FetchState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string; code?: string; retry?: () => void }
  | { status: 'ready'; data: T; reload: () => void };

export const loading = <T>(): FetchState<T> => ({ status: 'loading' });
