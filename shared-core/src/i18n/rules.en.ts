import type { rulesJa } from './rules.ja';

export const rulesEn: Record<keyof typeof rulesJa, string> = {
};
