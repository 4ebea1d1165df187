import type { methodJa } from './method.ja';

export const methodEn: Record<keyof typeof methodJa, string> = {
};
