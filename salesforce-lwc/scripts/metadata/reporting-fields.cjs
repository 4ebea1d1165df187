'use strict';
// Read-only formula fields on Lead and Contact that let Salesforce's own
// reports count the funnel as the core does: a record counts at a step when
// the step's date is set (funnelKpis counts `mqlAt`, `opportunityAt`, `wonAt`
// the same way), and the minutes from MQL to first touch are never negative (a
// touch before the MQL moment waited zero minutes, as in the core). They hold
// no rule of their own: the SLA a report compares the minutes with is the
// program's, set by the admin in the report (see README, "Reports").

const count = (apiName, stampField, en, ja, step, stepJa) => ({
  apiName,
  type: 'Number',
  precision: 18,
  scale: 0,
  formula: `IF(ISBLANK(${stampField}), 0, 1)`,
  formulaTreatBlanksAs: 'BlankAsZero',
  label: { en, ja },
  description: `1 when ${stampField} is set, else 0: sums to the ${step} count in reports.`,
  help: {
    en: `1 once the record reached ${step}; summed in the MA reports to count ${step}s and rates.`,
    ja: `${stepJa}に達していれば1。MAレポートで件数と率を集計するために合計します。`,
  },
});

const reportingFields = () => [
  count('MA_MQL_Count__c', 'MA_MQL_At__c', 'MQL (Count)', 'MQL(件数)', 'MQL', 'MQL'),
  count('MA_Opportunity_Count__c', 'MA_Opportunity_At__c', 'Opportunity (Count)', '商談化(件数)', 'opportunity', '商談'),
  count('MA_Won_Count__c', 'MA_Won_At__c', 'Won (Count)', '受注(件数)', 'won', '受注'),
  {
    apiName: 'MA_First_Touch_Minutes__c',
    type: 'Number',
    precision: 18,
    scale: 1,
    formula: 'IF(OR(ISBLANK(MA_MQL_At__c), ISBLANK(MA_First_Touch_At__c)), NULL, MAX(0, (MA_First_Touch_At__c - MA_MQL_At__c) * 1440))',
    formulaTreatBlanksAs: 'BlankAsBlank',
    label: { en: 'Minutes to First Touch', ja: '初回対応までの分数' },
    description: 'Minutes from MQL to the first touch (0 when the touch came first); blank while untouched.',
    help: {
      en: 'How long inside sales took to touch the MQL, in minutes; compared with the program SLA in the SLA report.',
      ja: 'MQL からインサイドセールスが初回対応するまでの分数。SLA レポートでプログラムの SLA と比べます。',
    },
  },
  {
    // The core's SLA compliance per record: met when the first touch came by
    // the due time the engine stored (MQL + the program's agreed
    // firstTouchSlaMinutes), breached when it came later or has not come and
    // the due time has passed, blank while still pending (funnelKpis leaves
    // pending MQLs out of the rate the same way). Its average is the rate.
    apiName: 'MA_First_Touch_SLA_Met__c',
    type: 'Number',
    precision: 18,
    scale: 0,
    formula:
      'IF(ISBLANK(MA_First_Touch_Due_At__c), NULL, IF(ISBLANK(MA_First_Touch_At__c), IF(NOW() > MA_First_Touch_Due_At__c, 0, NULL), IF(MA_First_Touch_At__c <= MA_First_Touch_Due_At__c, 1, 0)))',
    formulaTreatBlanksAs: 'BlankAsBlank',
    label: { en: 'First Touch within SLA', ja: '初回対応SLA内' },
    description: "1 when the first touch came by MA_First_Touch_Due_At__c (the program's agreed SLA), 0 when later or overdue, blank while pending.",
    help: {
      en: "1 when inside sales touched the MQL within the program's agreed SLA, 0 when not; blank while the clock still runs. Its average is the SLA compliance.",
      ja: 'プログラムで合意した SLA 内にインサイドセールスが初回対応していれば1、していなければ0。期限前の未対応は空白。平均が SLA 遵守率です。',
    },
  },
];

module.exports = { reportingFields };
