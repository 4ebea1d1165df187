export const methodJa = {
} as const;
