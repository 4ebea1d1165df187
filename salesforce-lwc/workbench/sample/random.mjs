// A seeded pseudo-random source (mulberry32), so the sample org is the same on
// every machine and every reset.
export function seededRandom(seed) {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (min, max) => min + Math.floor(next() * (max - min + 1)),
        chance: (p) => next() < p,
        pick: (list) => list[Math.floor(next() * list.length)],
        weighted: (pairs) => {
            const total = pairs.reduce((s, [, w]) => s + w, 0);
            let r = next() * total;
            for (const [value, w] of pairs) {
                r -= w;
                if (r < 0) return value;
            }
            return pairs[pairs.length - 1][0];
        },
    };
}
