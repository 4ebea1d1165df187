// The sample org's leads: companies, people, campaigns they met at, web visits
// and e-mails (Tasks), their score from the core, and the funnel dates that
// follow from it (MQL, assignment, first touch, SAL or rejection, SQL,
// opportunity, won or lost: deals.mjs), including MQLs waiting right now so
// that the handoff clocks run. The `past` season is the year before: the same
// campaigns a year earlier, their leads' deals long decided, so the org has
// the outcomes a suggested scoring model learns from.
import { dealAfterAcceptance, salesSourcedDeal } from './deals.mjs';

const DAY = 86400000;
const MIN = 60000;
const iso = (ms) => new Date(ms).toISOString();

const INDUSTRIES = [['Machinery', 5], ['Automotive', 4], ['Electronics', 3], ['Manufacturing', 3], ['Chemicals', 2], ['Construction', 1], ['Logistics', 2], ['Other', 1]];
const SOURCES = [['Trade Show', 5], ['Webinar', 3], ['Web', 4], ['Referral', 1], ['Advertisement', 1]];
const SIZES = [[30, 2], [120, 3], [350, 3], [800, 2], [2500, 1], [6000, 1]];

export function generateLeads({ core, random, text, now, programId, users, model, definitionVersion, seedAt, scoringInput, count, season = 'current' }) {
    const past = season === 'past';
    // The season's last day: dates of the season are laid out before it, and cut at `now`.
    const end = past ? now - 365 * DAY : now;
    const campaigns = text.campaigns.map(([name, type], i) => {
        const start = end - (150 - i * 25) * DAY;
        const seasonName = past ? name.replace(/\d{4}/, (year) => String(Number(year) - 1)) : name;
        const id = seedAt('Campaign', { Name: seasonName, Type: type, Status: 'Completed', StartDate: iso(start).slice(0, 10) }, start - 30 * DAY, users.marketing);
        return { id, Name: seasonName, Type: type, start };
    });
    const english = /[a-z]/i.test(text.companyStems[0]);
    const leads = [];
    // The first accepted lead still waiting on sales this season was accepted 29 days ago:
    // one more day on the org's clock and the agreed rules recycle it.
    const waiting = { first: !past };
    const rejectReasons = ['not-icp', 'no-need', 'no-authority', 'duplicate', 'invalid-contact', 'timing-too-early', 'wrong-territory'];

    for (let i = 0; i < count; i += 1) {
        const created = end - random.int(2, 170) * DAY - random.int(0, 86400) * 1000;
        const [title, titleKind] = random.pick(text.titles);
        const stem = random.pick(text.companyStems);
        const kind = random.pick(text.companyKinds);
        const company = english ? `${stem} ${kind} Co., Ltd.` : `${stem}${kind}株式会社`;
        const employees = random.weighted(SIZES) + random.int(-20, 20);
        const freeMail = random.chance(0.12);
        const lead = {
            LastName: random.pick(text.lastNames),
            FirstName: random.pick(text.firstNames),
            Company: company,
            Title: title,
            Email: `${past ? 'past' : 'lead'}${i + 1}@${freeMail ? 'gmail.example' : `co${(i % 97) + 1}.example.jp`}`,
            Phone: random.chance(0.8) ? `0${random.int(3, 9)}-${random.int(1000, 9999)}-${random.int(1000, 9999)}` : null,
            Industry: random.weighted(INDUSTRIES),
            LeadSource: random.weighted(SOURCES),
            NumberOfEmployees: Math.max(5, employees),
            Country: 'JP',
            MA_Program__c: programId,
            OwnerId: users.marketing,
        };

        // Engagement clusters in the two weeks before a peak: a trade show, a
        // seminar, follow-up mails, web visits. Hot leads do more of everything;
        // every 12th lead peaks in the last hours, so its handoff clock runs now.
        const temperature = random.weighted([['hot', 3], ['warm', 3], ['cold', 4]]);
        const fresh = !past && i % 12 === 0 && temperature !== 'cold';
        const peak = fresh ? now - random.int(10, 300) * MIN : created + random.next() * Math.max(DAY, end - 2 * DAY - created);
        const intensity = { hot: 0.75, warm: 0.4, cold: 0.12 }[temperature];
        const members = [];
        const tasks = [];
        const before = (days) => Math.max(created, peak - random.next() * days * DAY);
        for (const campaign of campaigns) {
            if (!random.chance(intensity)) continue;
            const status = campaign.Type === 'Trade Show'
                ? random.weighted([['Responded', temperature === 'hot' ? 3 : 1], ['Attended', 2]])
                : campaign.Type === 'Webinar'
                  ? random.weighted([['Attended', 3], ['Registered', 1]])
                  : random.weighted([['Responded', temperature === 'cold' ? 1 : 3], ['Sent', 2]]);
            members.push({ campaign, Status: status, at: Math.min(now - MIN, before(14)) });
        }
        const visits = temperature === 'hot' ? random.int(2, 5) : temperature === 'warm' ? random.int(0, 3) : random.int(0, 1);
        for (let v = 0; v < visits; v += 1) {
            const subject = random.chance(0.5) ? text.taskSubjects.pricing : text.taskSubjects.caseStudy;
            tasks.push({ Subject: subject, Type: 'Web Visit', Status: 'Completed', ActivityDate: iso(before(10)).slice(0, 10) });
        }

        const scoreNow = score(core, model, scoringInput, lead, tasks, members, now);
        const scoreAtPeak = score(core, model, scoringInput, lead, tasks, members, Math.min(now, peak + 60 * MIN));
        const signals = {
            decisionMaker: titleKind === 'executive' || titleKind === 'director',
            pricingVisits: tasks.filter((t) => t.Subject === text.taskSubjects.pricing).length,
            boothMeeting: members.some((m) => m.campaign.Type === 'Trade Show' && m.Status === 'Responded'),
        };
        const dates = funnel(random, { atPeak: scoreAtPeak, peak, fresh, past, now, rejectReasons, signals, waiting });
        Object.assign(lead, dates, {
            MA_Score__c: scoreNow ? scoreNow.total : null,
            MA_Grade__c: scoreNow ? scoreNow.grade : null,
            MA_Definition_Version__c: dates.MA_MQL_At__c ? definitionVersion : null,
            Status: dates.MA_SAL_At__c ? 'Working - Contacted' : dates.MA_SAL_Rejected_At__c ? 'Closed - Not Converted' : 'Open - Not Contacted',
            OwnerId: dates.MA_Assigned_At__c ? users.insideSales : users.marketing,
        });

        const leadId = seedAt('Lead', lead, created, users.marketing);
        for (const m of members) seedAt('CampaignMember', { CampaignId: m.campaign.id, LeadId: leadId, Status: m.Status, HasResponded: m.Status !== 'Sent' && m.Status !== 'Registered' }, m.at, users.marketing);
        for (const t of tasks) seedAt('Task', { ...t, WhoId: leadId, OwnerId: users.marketing }, Date.parse(`${t.ActivityDate}T09:00:00Z`), users.marketing);
        if (dates.MA_First_Touch_At__c) {
            seedAt('Task', { Subject: text.taskSubjects.call, Type: 'Call', Status: 'Completed', ActivityDate: dates.MA_First_Touch_At__c.slice(0, 10), WhoId: leadId, OwnerId: users.insideSales }, Date.parse(dates.MA_First_Touch_At__c), users.insideSales);
        }
        leads.push(leadId);
    }
    return leads;
}

function score(core, model, scoringInput, lead, tasks, members, now) {
    const input = scoringInput(
        lead,
        tasks,
        members.map((m) => ({ member: { Status: m.Status, CreatedDate: iso(m.at) }, campaign: m.campaign }))
    );
    const result = core.scoreLead(model, input, iso(now));
    return result.ok ? result.value : null;
}

/** Funnel dates for one lead: MQL when its score at the peak met v1's MQL definition, then what the teams did. */
function funnel(random, { atPeak, peak, fresh, past, now, rejectReasons, signals, waiting }) {
    const out = {};
    const qualifies = atPeak && atPeak.total >= 70 && (atPeak.grade === 'A' || atPeak.grade === 'B');
    if (!qualifies) return fresh ? out : salesSourcedDeal(random, signals, { at: peak + random.int(1, 7) * DAY, now });
    const mql = Math.min(now - MIN, peak + random.int(5, 60) * MIN);
    out.MA_MQL_At__c = iso(mql);
    if (fresh) {
        // Waiting for inside sales: some assigned, a few touched, none accepted yet.
        if (random.chance(0.8)) out.MA_Assigned_At__c = iso(Math.min(now - MIN, mql + random.int(1, 10) * MIN));
        if (out.MA_Assigned_At__c && random.chance(0.3)) out.MA_First_Touch_At__c = iso(Math.min(now - MIN, mql + random.int(20, 90) * MIN));
        return out;
    }
    out.MA_Assigned_At__c = iso(mql + random.int(1, 25) * MIN);
    const touchMinutes = random.weighted([[random.int(5, 55), 6], [random.int(61, 240), 3], [random.int(300, 1500), 1]]);
    out.MA_First_Touch_At__c = iso(mql + touchMinutes * MIN);
    // A year on, every handoff of the past season was decided: none is still waiting.
    const outcome = random.weighted([['sal', 7], ['rejected', 2], ['open', past ? 0 : 1]]);
    if (outcome === 'rejected') {
        out.MA_SAL_Rejected_At__c = iso(mql + random.int(2, 30) * 60 * MIN);
        out.MA_Reject_Reason__c = random.pick(rejectReasons);
        if (random.chance(0.5)) out.MA_Recycled_At__c = iso(Date.parse(out.MA_SAL_Rejected_At__c) + random.int(1, 3) * DAY);
        return out;
    }
    if (outcome === 'open') return out;
    const sal = mql + random.int(1, 20) * 60 * MIN;
    out.MA_SAL_At__c = iso(sal);
    // Drawn for every accepted lead, so the rest of the sample is the same whatever happens to this one.
    const deal = dealAfterAcceptance(random, signals, { salAt: sal, now });
    if (waiting.first && sal < now - 29 * DAY) {
        // Accepted and not yet taken on by sales: its handoff moved later, to an acceptance 29 days and a few hours ago, and no deal yet.
        waiting.first = false;
        const shift = now - 29 * DAY - random.int(2, 20) * 60 * MIN - sal;
        for (const key of Object.keys(out)) out[key] = iso(Date.parse(out[key]) + shift);
        return out;
    }
    return { ...out, ...deal };
}
