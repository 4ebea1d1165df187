import { langFromLocale, type Lang } from './core';

/** The HubSpot user's language from the extension context: `user.locale` (e.g. `ja-jp`), else `user.language`. */
export function langOfContext(context: { user?: { locale?: string; language?: string } } | undefined): Lang {
  return langFromLocale(context?.user?.locale ?? context?.user?.language);
}

/** Who did it, as stored in `takenBy` / `by`: the user's name, else the e-mail. */
export function userName(context: { user?: { firstName?: string; lastName?: string; email?: string } } | undefined): string {
  const name = [context?.user?.firstName, context?.user?.lastName].filter(Boolean).join(' ').trim();
  return name || context?.user?.email || 'unknown';
}
