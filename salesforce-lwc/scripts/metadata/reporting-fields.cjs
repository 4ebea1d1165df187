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
];

module.exports = { reportingFields };
