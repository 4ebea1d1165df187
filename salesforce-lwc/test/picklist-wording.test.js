// The engine's stage and handoff status are picklists that list views,
// reports and the record page show: their labels must be the core's words
// (stage.*, handoff.status.*), in both languages, so a Japanese term reads the
// same in a list view as on the lead's page and in HubSpot.
const { t } = require('c/maCore');
const { standardObjects } = require('../scripts/metadata/model.cjs');

const PICKLISTS = { MA_Stage__c: 'stage', MA_Handoff_Status__c: 'handoff.status' };

describe.each(standardObjects.map((o) => [o.apiName, o]))('%s engine picklists', (name, object) => {
  it.each(Object.entries(PICKLISTS))('%s labels every value in the core\'s words', (field, prefix) => {
    const values = object.fields.find((f) => f.apiName === field).values;
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect([v.apiName, v.ja, v.en]).toEqual([v.apiName, t('ja', `${prefix}.${v.apiName}`), t('en', `${prefix}.${v.apiName}`)]);
  });
});
