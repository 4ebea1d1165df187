// The seed's levels 0-5 and its count thresholds (判定目安).
import { t, type Lang, type MessageKey } from '../i18n';

export const LEVEL_NUMBERS = [0, 1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVEL_NUMBERS)[number];
export const TOP_LEVEL: Level = 5;

/** Fewest checks that reach each level: 0 -> 0, 1-3 -> 1, 4-6 -> 2, 7-10 -> 3, 11-13 -> 4, 14-15 -> 5. */
export const LEVEL_THRESHOLDS: Readonly<Record<Level, number>> = { 0: 0, 1: 1, 2: 4, 3: 7, 4: 11, 5: 14 };

export interface LevelKeys {
  name: MessageKey;
  state: MessageKey;
  characteristics: MessageKey;
  nextActions: MessageKey[];
}

export interface LevelDefinition {
  level: Level;
  keys: LevelKeys;
}

const keysOf = (level: Level): LevelKeys => ({
  name: `level.${level}.name` as MessageKey,
  state: `level.${level}.state` as MessageKey,
  characteristics: `level.${level}.characteristics` as MessageKey,
  nextActions: [`level.${level}.next.1` as MessageKey, `level.${level}.next.2` as MessageKey],
});

export const LEVELS: readonly LevelDefinition[] = LEVEL_NUMBERS.map((level) => ({ level, keys: keysOf(level) }));

export interface LevelInfo {
  level: Level;
  name: string;
  /** `レベル2(基礎)` / `Level 2 (Basic)` */
  label: string;
  state: string;
  characteristics: string;
  nextActions: string[];
}

export function levelInfo(level: Level, lang: Lang): LevelInfo {
  const keys = keysOf(level);
  const name = t(lang, keys.name);
  return {
    level,
    name,
    label: levelLabel(level, lang),
    state: t(lang, keys.state),
    characteristics: t(lang, keys.characteristics),
    nextActions: keys.nextActions.map((key) => t(lang, key)),
  };
}

export function levelLabel(level: Level, lang: Lang): string {
  return t(lang, 'level.label', { level, name: t(lang, `level.${level}.name`) });
}

export function levelForCount(checkedCount: number): Level {
  let reached: Level = 0;
  for (const level of LEVEL_NUMBERS) if (checkedCount >= LEVEL_THRESHOLDS[level]) reached = level;
  return reached;
}

export function isLevel(value: number): value is Level {
  return Number.isInteger(value) && value >= 0 && value <= 5;
}
