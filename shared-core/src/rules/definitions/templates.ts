import type { LocalText } from '../text';
import type { DefinitionStages } from './schema';

export interface DefinitionTemplate {
  id: string;
  name: LocalText;
  description: LocalText;
  stages: DefinitionStages;
}

const text = (ja: string, en: string): LocalText => ({ ja, en });

const bantSql: DefinitionStages['sql'] = {
  criteria: {
    all: [
      { field: 'budget', op: 'in', value: ['allocated', 'planned'] },
      { field: 'authority', op: 'in', value: ['decision-maker', 'influencer'] },
      { field: 'need', op: 'eq', value: true },
      { field: 'timeline', op: 'in', value: ['within-3-months', 'within-6-months'] },
    ],
  },
  description: text(
    '営業がヒアリングで BANT(予算・決裁権・ニーズ・導入時期6か月以内)をすべて確認できたリード。',
    'Sales confirmed all of BANT in a call: budget, authority, need, and a timeline within 6 months.',
  ),
};

const standard: DefinitionTemplate = {
  id: 'b2b-standard',
  name: text('BtoB 標準(スコア + BANT)', 'B2B standard (score + BANT)'),
  description: text(
    'スコアで MQL を判定し、IS が24時間以内に受け入れ可否を返し、営業が BANT で SQL を判定します。',
    'Score decides MQL, inside sales accepts or rejects within 24 hours, sales qualifies SQL on BANT.',
  ),
  stages: {
    mql: {
      criteria: { all: [{ field: 'score', op: 'gte', value: 70 }, { field: 'grade', op: 'in', value: ['A', 'B'] }] },
      description: text('スコア70点以上かつグレード A または B のリード。', 'Score of 70 or more and grade A or B.'),
    },
    sal: {
      acceptWithinHours: 24,
      rejectReasons: ['open-opportunity', 'existing-customer', 'wrong-territory', 'duplicate', 'invalid-contact', 'not-icp', 'no-authority', 'no-need', 'timing-too-early'],
      criteria: { all: [{ field: 'phone', op: 'exists' }, { field: 'company', op: 'exists' }] },
      description: text(
        'IS が MQL から24時間以内に内容を確認し、受け入れ(SAL)または理由を付けて差し戻したリード。',
        'Inside sales reviewed the MQL within 24 hours and accepted it (SAL) or rejected it with a reason.',
      ),
    },
    sql: bantSql,
  },
};

const enterprise: DefinitionTemplate = {
  id: 'enterprise-abm',
  name: text('エンタープライズ / ABM(対象アカウント重視)', 'Enterprise / ABM (target accounts)'),
  description: text(
    '対象アカウントリストの企業で、部長以上が関与し行動が伴うリードを MQL とします。SQL は決裁者の関与とニーズ・導入時期で判定します。',
    'MQL for target-account leads with director-level involvement and real engagement; SQL on decision-maker involvement, need and timeline.',
  ),
  stages: {
    mql: {
      criteria: {
        all: [
          { field: 'targetAccount', op: 'eq', value: true },
          { field: 'grade', op: 'eq', value: 'A' },
          { field: 'engagement', op: 'gte', value: 30 },
        ],
      },
      description: text(
        '対象アカウントの企業で、グレード A、エンゲージメント30点以上のリード。',
        'Target-account lead with grade A and engagement of 30 or more.',
      ),
    },
    sal: {
      acceptWithinHours: 48,
      rejectReasons: ['open-opportunity', 'existing-customer', 'partner-channel', 'duplicate', 'incomplete-data', 'no-authority', 'no-need', 'timing-too-early'],
      description: text(
        'IS が48時間以内にアカウント担当と確認のうえ受け入れたリード。',
        'Inside sales accepted the lead within 48 hours after checking with the account owner.',
      ),
    },
    sql: {
      criteria: {
        all: [
          { field: 'authority', op: 'eq', value: 'decision-maker' },
          { field: 'need', op: 'eq', value: true },
          { field: 'timeline', op: 'in', value: ['within-3-months', 'within-6-months', 'within-12-months'] },
        ],
      },
      description: text(
        '決裁者が関与し、ニーズがあり、12か月以内の導入を検討しているリード。',
        'A decision maker is involved, the need is confirmed and buying is planned within 12 months.',
      ),
    },
  },
};

const inbound: DefinitionTemplate = {
  id: 'inbound-smb',
  name: text('インバウンド SMB(問い合わせ即時対応)', 'Inbound SMB (respond at once)'),
  description: text(
    '問い合わせ・見積依頼は即 MQL、それ以外はスコア60点以上で MQL。IS は4時間以内に受け入れ可否を返します。',
    'A contact or quote request is an MQL at once, otherwise a score of 60 or more; inside sales answers within 4 hours.',
  ),
  stages: {
    mql: {
      criteria: { any: [{ field: 'score', op: 'gte', value: 60 }, { field: 'requestedContact', op: 'eq', value: true }] },
      description: text('スコア60点以上、または問い合わせ・見積依頼があったリード。', 'Score of 60 or more, or a contact or quote request.'),
    },
    sal: {
      acceptWithinHours: 4,
      rejectReasons: ['duplicate', 'invalid-contact', 'fake-entry', 'not-icp', 'no-need', 'competitor-or-student'],
      description: text('IS が4時間以内に電話で接触し、受け入れたリード。', 'Inside sales reached the lead by phone within 4 hours and accepted it.'),
    },
    sql: {
      criteria: { all: [{ field: 'need', op: 'eq', value: true }, { field: 'timeline', op: 'in', value: ['within-3-months'] }] },
      description: text('ニーズがあり、3か月以内に導入予定のリード。', 'Need confirmed and buying within 3 months.'),
    },
  },
};

/** Common B2B set-ups a team starts from and edits before signing. */
export const DEFINITION_TEMPLATES: readonly DefinitionTemplate[] = [standard, enterprise, inbound];
