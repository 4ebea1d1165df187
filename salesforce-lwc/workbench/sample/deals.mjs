// How a sample lead's deal turns out, so the sample org has the won and lost
// deals a suggested scoring model learns from. In this org the deals follow
// who the lead is and what they did: decision makers (executive or director
// titles), leads who read the pricing page, and leads who met the team at the
// booth win far more often; company size, industry and seminars make no
// difference, whatever the scoring model gives them. Most deals come after
// the handoff (SAL, then SQL and an opportunity); a few decision makers who
// read the prices call sales directly, without ever becoming an MQL. Every
// date is cut at `now`: a deal still open has no close date yet.
const DAY = 86400000;
const iso = (ms) => new Date(ms).toISOString();
const logistic = (x) => 1 / (1 + Math.exp(-x));

/** The lead's intent as the deals read it: 0 for a student who did nothing, higher the more it counts. */
function intentOf({ decisionMaker, pricingVisits, boothMeeting }) {
    return 2.0 * Number(decisionMaker) + 1.1 * Math.min(pricingVisits, 2) + 0.8 * Number(boothMeeting);
}

/** The opportunity from `at` on (sales qualifies, opens the deal, wins or loses it), as far as `now`. */
function opportunity(random, signals, at, now) {
    const out = {};
    const sql = at + random.int(1, 5) * DAY;
    if (sql > now) return out;
    out.MA_SQL_At__c = iso(sql);
    if (!random.chance(0.85)) return out;
    const opened = sql + random.int(1, 3) * DAY;
    if (opened > now) return out;
    out.MA_Opportunity_At__c = iso(opened);
    const closed = opened + random.int(5, 21) * DAY;
    if (closed > now) return out;
    const won = random.chance(logistic(-0.9 + 2.4 * Number(signals.decisionMaker) + 1.3 * Number(signals.pricingVisits > 0) + 0.3 * Number(signals.boothMeeting)));
    out[won ? 'MA_Won_At__c' : 'MA_Lost_At__c'] = iso(closed);
    return out;
}

/** After inside sales accepted the lead at `salAt`: whether sales takes it on, and how the deal ends. */
export function dealAfterAcceptance(random, signals, { salAt, now }) {
    return random.chance(logistic(-0.6 + intentOf(signals))) ? opportunity(random, signals, salAt, now) : {};
}

/** A lead never handed off: now and then a decision maker who read the prices calls sales at `at`. */
export function salesSourcedDeal(random, signals, { at, now }) {
    return random.chance(logistic(-3.2 + 1.3 * intentOf(signals))) ? opportunity(random, signals, at, now) : {};
}
