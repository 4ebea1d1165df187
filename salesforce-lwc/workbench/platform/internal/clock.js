// The page's clock is the local org's (org/clock.mjs): when the workbench
// header has moved the org's time forward, `new Date()` and `Date.now()` in the
// page answer the org's instant too, so a component's handoff clock and the
// dates it writes agree with the org, as a browser's clock agrees with a
// real org's. The offset comes with the page (reloaded after every move).
// Imported first by the shell, before any component reads the time.
function readOffset() {
    const node = typeof document !== 'undefined' ? document.getElementById('wb-config') : null;
    if (!node) return 0;
    try {
        const offset = Number(JSON.parse(node.textContent).clockOffsetMs);
        return Number.isFinite(offset) ? offset : 0;
    } catch {
        return 0;
    }
}

const offset = readOffset();
if (offset !== 0) {
    const RealDate = Date;
    class OrgDate extends RealDate {
        constructor(...args) {
            if (args.length === 0) super(RealDate.now() + offset);
            else super(...args);
        }

        static now() {
            return RealDate.now() + offset;
        }
    }
    globalThis.Date = OrgDate;
}

export const clockOffsetMs = offset;
