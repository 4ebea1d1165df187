// The scheduled engine run of the local org, as MaRescoreBatch runs on the
// platform (scheduleEvery15Minutes: at :00, :15, :30 and :45): every quarter
// hour of the org's clock, one sweep of every Lead and Contact of every
// program. Missed quarters (the workbench was stopped) are caught up by one
// run, as the platform runs a missed job once. Moving the clock forward runs
// the job at every quarter hour it passes, so reminders, reassignments and
// recycles are dated as the schedule would have dated them, and once more at
// the instant the clock lands, so what is due is done when you look (an org
// would do that at its next quarter hour).
const QUARTER_MS = 15 * 60000;
const LAST_RUN_KEY = 'lastEngineRunAt';
/** The longest move at once: a month of quarter hours is about 3,000 runs. */
const MAX_MOVE_MS = 31 * 24 * 60 * 60000;

export class ClockMoveError extends Error {}

const nextQuarter = (ms) => Math.floor(ms / QUARTER_MS) * QUARTER_MS + QUARTER_MS;

/** `runAs()`: the user the job runs as (who scheduled it), `{ id, lang }`. */
export function createSchedule({ org, clock, lifecycle, runAs }) {
    const lastRun = () => {
        const at = Date.parse(org.store.meta(LAST_RUN_KEY) || '');
        return Number.isNaN(at) ? null : at;
    };

    /** Runs the job at each instant of `instants` (ascending), in one transaction; the summaries of the last run. */
    function runAt(instants) {
        const user = runAs();
        if (!user) return null;
        return org.runAutomation(user.id, user.lang, (ctx) => {
            const world = lifecycle.createWorld(ctx);
            let summaries = null;
            for (const at of instants) {
                clock.moveTo(at);
                summaries = lifecycle.sweep(ctx, { world });
                org.store.setMeta(LAST_RUN_KEY, new Date(at).toISOString());
            }
            return summaries;
        });
    }

    return {
        /** The first run after a start (the job's catch-up); also what `sample:reset` leaves for the first start. */
        runNow: () => runAt([clock.now().getTime()]),

        /** Called on a timer: runs when a quarter hour of the org's clock has passed since the last run. */
        tick() {
            const now = clock.now().getTime();
            const last = lastRun();
            if (last !== null && nextQuarter(last) > now) return null;
            return runAt([now]);
        },

        /** Moves the clock forward by `ms`, running the job at every quarter hour passed and where it lands. */
        advance(ms) {
            if (!(ms > 0) || ms > MAX_MOVE_MS) throw new ClockMoveError('minutes: the clock moves forward by 1 minute to 31 days at a time');
            const from = clock.now().getTime();
            const to = from + ms;
            const instants = [];
            for (let at = nextQuarter(from); at < to; at += QUARTER_MS) instants.push(at);
            instants.push(to);
            runAt(instants);
            return this.state();
        },

        state() {
            const last = lastRun();
            const now = clock.now().getTime();
            return {
                now: new Date(now).toISOString(),
                offsetMinutes: Math.round(clock.offsetMs() / 60000),
                lastRunAt: last === null ? null : new Date(last).toISOString(),
                // The next quarter hour after the last run; one already passed runs at the next tick.
                nextRunAt: new Date(last === null ? now : Math.max(now, nextQuarter(last))).toISOString(),
            };
        },
    };
}
