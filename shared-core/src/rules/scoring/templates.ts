import type { LocalText } from '../text';
import type { ScoringModel } from './model';

export interface ScoringTemplate {
  id: string;
  name: LocalText;
  description: LocalText;
  model: ScoringModel;
}

const label = (ja: string, en: string): LocalText => ({ ja, en });

// Negative rules every B2B team ends up needing: they keep noise out of the MQL queue.
const disqualifiers: ScoringModel['fit'] = [
  { id: 'competitor', if: { field: 'isCompetitor', op: 'eq', value: true }, points: -50, label: label('競合企業', 'Competitor') },
  { id: 'student', if: { field: 'jobLevel', op: 'eq', value: 'student' }, points: -40, label: label('学生', 'Student') },
  {
    id: 'free-email',
    if: { field: 'emailDomainType', op: 'eq', value: 'free' },
    points: -10,
    label: label('フリーメールアドレス', 'Free e-mail address'),
  },
];

const enterprise: ScoringTemplate = {
  id: 'b2b-enterprise',
  name: label('BtoB エンタープライズ(長期検討型)', 'B2B enterprise (long buying cycle)'),
  description: label(
    '従業員1,000名以上の製造業・IT企業を主対象に、部長以上の関与と価格・事例ページの閲覧、デモ依頼を重視します。検討期間が長いため減衰は緩やか(半減期45日)です。',
    'For manufacturers and IT firms with 1,000+ employees: weighs director-level involvement, pricing and case-study views and demo requests. Long cycles, so slow decay (45-day half-life).',
  ),
  model: {
    fit: [
      { id: 'large-company', if: { field: 'employees', op: 'gte', value: 1000 }, points: 25, label: label('従業員1,000名以上', '1,000+ employees') },
      {
        id: 'mid-company',
        if: { all: [{ field: 'employees', op: 'gte', value: 300 }, { field: 'employees', op: 'lt', value: 1000 }] },
        points: 15,
        label: label('従業員300〜999名', '300-999 employees'),
      },
      {
        id: 'target-industry',
        if: { field: 'industry', op: 'in', value: ['manufacturing', 'it', 'finance'] },
        points: 15,
        label: label('重点業種(製造・IT・金融)', 'Target industry (manufacturing, IT, finance)'),
      },
      {
        id: 'decision-maker',
        if: { field: 'jobLevel', op: 'in', value: ['executive', 'director'] },
        points: 20,
        label: label('役員・部長クラス', 'Executive or director'),
      },
      { id: 'manager', if: { field: 'jobLevel', op: 'eq', value: 'manager' }, points: 10, label: label('課長クラス', 'Manager') },
      { id: 'domestic', if: { field: 'country', op: 'eq', value: 'JP' }, points: 5, label: label('国内企業', 'Based in Japan') },
      ...disqualifiers,
    ],
    engagement: [
      {
        id: 'demo-request',
        event: 'form_submit',
        if: { field: 'form', op: 'eq', value: 'demo-request' },
        points: 40,
        maxCount: 1,
        label: label('デモ依頼フォーム送信', 'Demo request form'),
      },
      {
        id: 'pricing-page',
        event: 'page_view',
        if: { field: 'url', op: 'contains', value: '/pricing' },
        points: 10,
        maxCount: 3,
        label: label('料金ページ閲覧', 'Pricing page view'),
      },
      {
        id: 'case-study',
        event: 'page_view',
        if: { field: 'url', op: 'contains', value: '/case-studies/' },
        points: 5,
        maxCount: 4,
        label: label('導入事例ページ閲覧', 'Case study view'),
      },
      {
        id: 'whitepaper',
        event: 'form_submit',
        if: { field: 'form', op: 'eq', value: 'whitepaper' },
        points: 8,
        maxCount: 3,
        label: label('ホワイトペーパーダウンロード', 'White paper download'),
      },
      { id: 'webinar-attended', event: 'webinar_attended', points: 12, maxCount: 2, label: label('ウェビナー参加', 'Webinar attended') },
      { id: 'email-click', event: 'email_click', points: 3, maxCount: 5, label: label('メール内リンクのクリック', 'E-mail link click') },
      {
        id: 'careers-page',
        event: 'page_view',
        if: { field: 'url', op: 'contains', value: '/careers' },
        points: -10,
        maxCount: 1,
        label: label('採用ページ閲覧(求職者の可能性)', 'Careers page view (likely a job seeker)'),
      },
    ],
    decay: { halfLifeDays: 45 },
    caps: { fit: 60, engagement: 80 },
    grades: { A: 45, B: 30, C: 15 },
    thresholds: { mql: 70 },
  },
};

const smb: ScoringTemplate = {
  id: 'smb-high-velocity',
  name: label('SMB 高速回転型(インバウンド中心)', 'SMB high-velocity (inbound)'),
  description: label(
    '従業員20〜299名の企業からの大量のインバウンドを素早く捌く想定です。トライアル開始や料金ページの再訪を強く評価し、減衰は速め(半減期14日)です。',
    'For a large inbound flow from companies of 20-299 employees: rewards trial sign-ups and repeat pricing visits; fast decay (14-day half-life).',
  ),
  model: {
    fit: [
      {
        id: 'smb-size',
        if: { all: [{ field: 'employees', op: 'gte', value: 20 }, { field: 'employees', op: 'lt', value: 300 }] },
        points: 20,
        label: label('従業員20〜299名', '20-299 employees'),
      },
      { id: 'owner-or-manager', if: { field: 'jobLevel', op: 'in', value: ['executive', 'director', 'manager'] }, points: 15, label: label('経営者・管理職', 'Owner or manager') },
      { id: 'phone-given', if: { field: 'phone', op: 'exists' }, points: 5, label: label('電話番号あり', 'Phone number given') },
      {
        id: 'too-small',
        if: { field: 'employees', op: 'lt', value: 5 },
        points: -15,
        label: label('従業員5名未満', 'Fewer than 5 employees'),
      },
      ...disqualifiers,
    ],
    engagement: [
      { id: 'trial-signup', event: 'trial_started', points: 45, maxCount: 1, label: label('無料トライアル開始', 'Free trial started') },
      {
        id: 'pricing-page',
        event: 'page_view',
        if: { field: 'url', op: 'contains', value: '/pricing' },
        points: 12,
        maxCount: 3,
        label: label('料金ページ閲覧', 'Pricing page view'),
      },
      {
        id: 'contact-form',
        event: 'form_submit',
        if: { field: 'form', op: 'in', value: ['contact', 'quote'] },
        points: 35,
        maxCount: 1,
        label: label('問い合わせ・見積依頼', 'Contact or quote request'),
      },
      { id: 'email-open', event: 'email_open', points: 1, maxCount: 5, label: label('メール開封', 'E-mail open') },
      { id: 'email-click', event: 'email_click', points: 4, maxCount: 5, label: label('メール内リンクのクリック', 'E-mail link click') },
      { id: 'unsubscribed', event: 'email_unsubscribe', points: -30, maxCount: 1, label: label('配信停止', 'Unsubscribed') },
      { id: 'bounced', event: 'email_bounce', points: -20, maxCount: 1, label: label('メール不達', 'E-mail bounced') },
    ],
    decay: { halfLifeDays: 14 },
    caps: { fit: 40, engagement: 80 },
    grades: { A: 35, B: 20, C: 10 },
    thresholds: { mql: 60 },
  },
};

const eventLed: ScoringTemplate = {
  id: 'event-led',
  name: label('展示会・イベント起点型', 'Event-led (trade shows and seminars)'),
  description: label(
    '展示会の名刺交換やセミナー参加から始まるリードを想定します。ブースでの商談メモやアンケートの「導入時期」を重視し、イベント後の行動で温度感を確かめます(半減期30日)。',
    'For leads that start at trade shows and seminars: weighs booth conversations and the survey\'s purchase timeline, then confirms interest by behaviour after the event (30-day half-life).',
  ),
  model: {
    fit: [
      { id: 'large-company', if: { field: 'employees', op: 'gte', value: 500 }, points: 15, label: label('従業員500名以上', '500+ employees') },
      {
        id: 'decision-maker',
        if: { field: 'jobLevel', op: 'in', value: ['executive', 'director'] },
        points: 15,
        label: label('役員・部長クラス', 'Executive or director'),
      },
      {
        id: 'timeline-near',
        if: { field: 'surveyTimeline', op: 'in', value: ['within-3-months', 'within-6-months'] },
        points: 20,
        label: label('アンケート: 導入時期6か月以内', 'Survey: buying within 6 months'),
      },
      {
        id: 'budget-known',
        if: { field: 'surveyBudget', op: 'eq', value: 'allocated' },
        points: 10,
        label: label('アンケート: 予算確保済み', 'Survey: budget allocated'),
      },
      ...disqualifiers,
    ],
    engagement: [
      {
        id: 'booth-meeting',
        event: 'event_visit',
        if: { field: 'activity', op: 'eq', value: 'booth-meeting' },
        points: 30,
        maxCount: 1,
        label: label('ブースでの個別相談', 'Booth meeting'),
      },
      {
        id: 'badge-scan',
        event: 'event_visit',
        if: { field: 'activity', op: 'eq', value: 'badge-scan' },
        points: 8,
        maxCount: 2,
        label: label('名刺交換・バッジスキャン', 'Badge scan'),
      },
      { id: 'seminar-attended', event: 'webinar_attended', points: 15, maxCount: 2, label: label('セミナー参加', 'Seminar attended') },
      {
        id: 'follow-up-click',
        event: 'email_click',
        if: { field: 'campaign', op: 'startsWith', value: 'event-follow' },
        points: 10,
        maxCount: 2,
        label: label('イベント後フォローメールのクリック', 'Post-event follow-up click'),
      },
      {
        id: 'pricing-page',
        event: 'page_view',
        if: { field: 'url', op: 'contains', value: '/pricing' },
        points: 10,
        maxCount: 2,
        label: label('料金ページ閲覧', 'Pricing page view'),
      },
    ],
    decay: { halfLifeDays: 30 },
    caps: { fit: 60, engagement: 60 },
    grades: { A: 40, B: 25, C: 10 },
    thresholds: { mql: 65 },
  },
};

/** Ready models for common B2B set-ups; a team starts from one and edits it. */
export const SCORING_TEMPLATES: readonly ScoringTemplate[] = [enterprise, smb, eventLed];
