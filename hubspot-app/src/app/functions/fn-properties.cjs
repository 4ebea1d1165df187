// The custom properties the app keeps its data in (FUNCTIONS.md, "Properties
// the app creates"). One list, used by ma-setup-properties and by
// scripts/setup-properties.mjs, so the two cannot drift.
const GROUP = { name: 'ma_maturity', label: 'MA成熟度 (MA maturity)', displayOrder: -1 };

/** @typedef {import('@hubspot/api-client/lib/codegen/crm/properties').PropertyCreate} PropertyCreate */

/**
 * One property of the app's group, typed as the properties API takes it.
 * @param {'string' | 'number' | 'datetime' | 'bool'} type
 * @param {'text' | 'textarea' | 'number' | 'date' | 'booleancheckbox'} fieldType
 * @param {{ label: string, value: string, displayOrder: number, hidden: boolean }[]} [options]
 * @returns {(name: string, label: string, description: string) => PropertyCreate}
 */
const kind = (type, fieldType, options) => (name, label, description) => ({
  name,
  label,
  description,
  groupName: GROUP.name,
  type: /** @type {PropertyCreate['type']} */ (type),
  fieldType: /** @type {PropertyCreate['fieldType']} */ (fieldType),
  ...(options ? { options } : {}),
});

const text = kind('string', 'text');
const longText = kind('string', 'textarea');
const number = kind('number', 'number');
const instant = kind('datetime', 'date');
const flag = kind('bool', 'booleancheckbox', [
  { label: 'Yes', value: 'true', displayOrder: 0, hidden: false },
  { label: 'No', value: 'false', displayOrder: 1, hidden: false },
]);

const COMPANY_PROPERTIES = [
  number('ma_revision', 'MA revision (改訂番号)', 'Version check of the MA program data; raised by every write of the app.'),
  flag('ma_program_default', 'MA default program (既定のプログラム)', 'The program used for contacts without an MA program.'),
  longText('ma_program', 'MA program (JSON)', 'Scoring model, handoff rules and field mapping, written by the MA maturity app.'),
  longText('ma_diagnoses', 'MA diagnoses (JSON)', 'Diagnosis history, written by the MA maturity app.'),
  longText('ma_definition_sets', 'MQL/SAL/SQL definitions (JSON)', 'Current and previous definition set with sign-offs.'),
  number('ma_level', 'MA maturity level (成熟度レベル)', 'Latest diagnosed level, 0 to 5.'),
  longText('ma_rescore', 'MA rescore progress (JSON)', 'Progress of the latest bulk rescoring of the program, written by the MA maturity app.'),
  // One per department, so concurrent signers never write the same property; the history keeps every signature.
  longText('ma_signoff_marketing', 'MA sign-off: marketing (マーケティング承認)', 'The marketing signature of a definitions version (JSON), written by the MA maturity app.'),
  longText('ma_signoff_inside_sales', 'MA sign-off: inside sales (インサイドセールス承認)', 'The inside-sales signature of a definitions version (JSON), written by the MA maturity app.'),
  longText('ma_signoff_sales', 'MA sign-off: sales (営業承認)', 'The sales signature of a definitions version (JSON), written by the MA maturity app.'),
];

const CONTACT_PROPERTIES = [
  text('ma_program_id', 'MA program id', 'Company id of the MA program; empty means the default program.'),
  instant('ma_mql_at', 'MQL at (MQL化日時)', 'Became MQL.'),
  instant('ma_assigned_at', 'Assigned at (IS割当日時)', 'Assigned to inside sales.'),
  instant('ma_first_touch_at', 'First touch at (初回接触日時)', 'First touch by the rep.'),
  instant('ma_sal_at', 'SAL at (SAL受入日時)', 'Accepted by inside sales.'),
  instant('ma_sal_rejected_at', 'SAL rejected at (差し戻し日時)', 'Rejected by inside sales.'),
  text('ma_reject_reason', 'Reject reason (差し戻し理由)', 'Reject reason id of the MA maturity core.'),
  instant('ma_recycled_at', 'Recycled at (ナーチャリング戻し日時)', 'Sent back to nurture.'),
  instant('ma_sql_at', 'SQL at (SQL化日時)', 'Qualified by sales.'),
  instant('ma_opportunity_at', 'Opportunity at (商談化日時)', 'Opportunity created.'),
  instant('ma_won_at', 'Won at (受注日時)', 'Won.'),
  instant('ma_lost_at', 'Lost at (失注日時)', 'Lost.'),
  number('ma_definition_version', 'Definition version (定義バージョン)', 'Definition version under which it became MQL.'),
  number('ma_score', 'MA score (スコア)', 'Total score computed by the app (one decimal).'),
  text('ma_grade', 'MA grade (グレード)', 'Grade computed by the app, A to D.'),
  number('ma_escalation_step', 'Escalation step (エスカレーション段階)', 'How many escalation steps of the open MQL cycle were taken.'),
  instant('ma_evaluated_at', 'MA evaluated at (評価日時)', 'When the app last wrote the engine\'s answer on this contact.'),
];

const PROPERTIES_BY_OBJECT = { companies: COMPANY_PROPERTIES, contacts: CONTACT_PROPERTIES };

const HANDOFF_PROPERTY_NAMES = CONTACT_PROPERTIES.map((p) => p.name);

module.exports = { GROUP, COMPANY_PROPERTIES, CONTACT_PROPERTIES, PROPERTIES_BY_OBJECT, HANDOFF_PROPERTY_NAMES };
