import type { LocalText } from '../text';

// Why inside sales sends an MQL back, grouped as the demand-waterfall practice
// does, because each group is fixed by a different team: procedural by
// routing/ops, clerical by data quality, definitional by the MQL definition.
export const REJECT_REASON_GROUPS = ['procedural', 'clerical', 'definitional'] as const;
export type RejectReasonGroup = (typeof REJECT_REASON_GROUPS)[number];

export interface RejectReason {
  id: string;
  group: RejectReasonGroup;
  label: LocalText;
}

const r = (id: string, group: RejectReasonGroup, ja: string, en: string): RejectReason => ({ id, group, label: { ja, en } });

export const REJECT_REASONS: readonly RejectReason[] = [
  r('open-opportunity', 'procedural', '既に進行中の商談がある', 'Already in an open opportunity'),
  r('existing-customer', 'procedural', '既存顧客(担当営業が対応すべき)', 'Existing customer (belongs to the account owner)'),
  r('wrong-territory', 'procedural', '担当エリア・担当者の割り当て誤り', 'Routed to the wrong territory or rep'),
  r('partner-channel', 'procedural', '代理店・パートナー経由で対応すべき', 'Should go through a partner'),
  r('duplicate', 'clerical', '重複リード', 'Duplicate lead'),
  r('invalid-contact', 'clerical', '連絡先が無効(電話・メール不通)', 'Invalid contact data (phone or e-mail unreachable)'),
  r('incomplete-data', 'clerical', '会社名・役職など必須情報の不足', 'Missing company, title or other required data'),
  r('fake-entry', 'clerical', 'いたずら・架空の登録', 'Fake or test entry'),
  r('not-icp', 'definitional', '対象外の企業規模・業種(ICP外)', 'Company outside the ideal customer profile'),
  r('no-authority', 'definitional', '決裁・検討に関与しない立場', 'Contact has no role in the decision'),
  r('no-budget', 'definitional', '予算が確保されていない', 'No budget'),
  r('no-need', 'definitional', '現時点でニーズがない(情報収集のみ)', 'No current need (research only)'),
  r('timing-too-early', 'definitional', '導入時期が1年以上先', 'Buying more than a year away'),
  r('competitor-or-student', 'definitional', '競合・学生・求職者', 'Competitor, student or job seeker'),
];

export const REJECT_REASON_IDS: readonly string[] = REJECT_REASONS.map((x) => x.id);

export const rejectReason = (id: string): RejectReason | undefined => REJECT_REASONS.find((x) => x.id === id);
