export type Grade = 'A' | 'B' | 'C' | 'D';

/** One event that counted for an engagement rule, with its points after decay. */
export interface CountedEvent {
  type: string;
  at: string;
  points: number;
}

/** Why a lead scores what it scores: one entry per rule that matched. */
export interface Contribution {
  rule: string;
  kind: 'fit' | 'engagement';
  /** Points after decay, before the caps. */
  points: number;
  /** Engagement only: the events that counted, most recent first. */
  events?: CountedEvent[];
}

export interface ScoreResult {
  id: string | null;
  /** Fit points clamped to [0, caps.fit]. */
  fit: number;
  /** Engagement points clamped to [0, caps.engagement]. */
  engagement: number;
  total: number;
  /** The best letter whose minimum fit is reached, else D. */
  grade: Grade;
  /** total >= thresholds.mql (false without a threshold). */
  mql: boolean;
  contributions: Contribution[];
}
