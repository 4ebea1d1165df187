import { z } from '../zod';
import type { Lang } from '../i18n';

/** A text written by a user or a template, in both languages. */
export const LocalTextSchema = z.strictObject({ ja: z.string(), en: z.string() });
export type LocalText = z.infer<typeof LocalTextSchema>;

export const localText = (text: LocalText, lang: Lang): string => text[lang] || text.ja || text.en;
