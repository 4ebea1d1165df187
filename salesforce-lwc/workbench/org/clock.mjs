// The local org's clock: the machine's time plus an offset that only moves
// forward (the workbench header's "+15 min / +1 hour / +1 day"), kept in the
// store so a restart keeps the org's time where it was. Every date the org
// stamps, the automation's `asOf` and the page's own clock (platform/internal/
// clock.js) read it, so a newcomer can watch a reminder, a reassignment or a
// recycle happen without waiting for it. The real clock is the default (offset
// 0); `npm run sample:reset` brings it back.
const OFFSET_KEY = 'clockOffsetMs';

export function createClock(store, realNow = () => Date.now()) {
    const offsetMs = () => Number(store.meta(OFFSET_KEY) || '0');
    return {
        /** The org's current instant. */
        now: () => new Date(realNow() + offsetMs()),
        offsetMs,
        /** Moves the org's time to `instant` (ms), never backwards. */
        moveTo(instant) {
            const next = instant - realNow();
            if (!Number.isFinite(next)) throw new RangeError('the clock moves to a finite instant');
            if (next > offsetMs()) store.setMeta(OFFSET_KEY, String(next));
        },
    };
}
