export const rulesJa = {
} as const;
