// The sample org lets a newcomer see a real suggested scoring model: its
// leads carry enough won and lost deals, this season's and the year before's,
// and on the newest leads, held out of the fit, the suggestion does better
// than the program's model. The history is built as maSuggestion builds it
// (c/maLeadInput's mapping, the core's pastLead), from the records the
// generator stored.
const { runModule, org } = require('./esm');

const suggestionOfSample = (lang) =>
    runModule(`
        import { mkdtempSync, rmSync } from 'node:fs';
        import { tmpdir } from 'node:os';
        import { join } from 'node:path';
        import { openOrg } from ${org('server/server.mjs')};
        import { loadCore, loadLeadScoreInput } from ${org('sample/core.mjs')};
        import { generateSampleOrg } from ${org('sample/generate.mjs')};
        const dir = mkdtempSync(join(tmpdir(), 'ma-sample-suggestion-'));
        const local = await openOrg(dir);
        const core = await loadCore();
        const input = await loadLeadScoreInput();
        const asOf = new Date('2026-12-01T09:00:00Z');
        await generateSampleOrg(local, { core, leadScoreInput: input }, { lang: ${JSON.stringify(lang)}, asOf });
        const [program] = local.store.all('MA_Program__c');
        const mapping = input.parseFieldMapping(JSON.parse(program.fields.Field_Mapping__c));
        const campaigns = new Map(local.store.all('Campaign').map((c) => [c.id, c.fields]));
        const tasks = local.store.all('Task');
        const members = local.store.all('CampaignMember');
        const leads = local.store.all('Lead').map((l) => {
            const t = tasks.filter((x) => x.fields.WhoId === l.id).map((x) => ({ Type: x.fields.Type, Subject: x.fields.Subject, ActivityDate: x.fields.ActivityDate }));
            const m = members.filter((x) => x.fields.LeadId === l.id).map((x) => {
                const c = campaigns.get(x.fields.CampaignId);
                return { Status: x.fields.Status, CreatedDate: x.fields.CreatedDate, CampaignType: c.Type, CampaignName: c.Name };
            });
            const lead = input.scoringLead(l.id, l.fields, mapping, t, m);
            return core.pastLead(lead, input.leadFacts(l.id, l.fields, lead.fields), { createdAt: l.fields.CreatedDate });
        });
        const s = core.suggestModel(JSON.parse(program.fields.Scoring_Model__c), { leads }, { asOf: asOf.toISOString(), lang: 'en' });
        local.store.close();
        rmSync(dir, { recursive: true, force: true });
        console.log(JSON.stringify(s.ok
            ? { ok: true, leads: leads.length, won: leads.filter((l) => l.wonAt).length, improvement: s.value.improvement, heldOut: s.value.split.heldOut, changes: Object.fromEntries(s.value.changes.map((c) => [c.rule, [c.from, c.to]])) }
            : { ok: false, issues: s.issues }));
    `);

describe.each(['ja', 'en'])('the sample org in %s', (lang) => {
    test('carries the outcomes a suggestion needs, and its suggestion beats the program’s model on the held-out leads', () => {
        const answer = suggestionOfSample(lang);
        expect(answer.ok).toBe(true);
        expect(answer.won).toBeGreaterThanOrEqual(50);
        expect(answer.heldOut.positives).toBeGreaterThanOrEqual(10);
        expect(answer.improvement).toBe(true);
        // What the sample's deals follow (deals.mjs): decision makers and the pricing page up, company size down.
        const [dmFrom, dmTo] = answer.changes['decision-maker'];
        const [pricingFrom, pricingTo] = answer.changes['pricing-page'];
        const [largeFrom, largeTo] = answer.changes['large-company'];
        expect(dmTo).toBeGreaterThan(dmFrom);
        expect(pricingTo).toBeGreaterThan(pricingFrom);
        expect(largeTo).toBeLessThan(largeFrom);
    });
});
