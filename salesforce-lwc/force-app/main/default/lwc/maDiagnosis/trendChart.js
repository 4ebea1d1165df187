// Geometry of the level-trend chart (inline SVG, levels 0-5 over diagnoses in
// time order) and the rows of its accessible table alternative.
const WIDTH = 320;
const HEIGHT = 120;
const PAD = 16;

export function trendChart(points, formatTakenAt, summary) {
    const ordered = [...points].sort((a, b) => String(a.takenAt).localeCompare(String(b.takenAt)));
    const step = ordered.length > 1 ? (WIDTH - 2 * PAD) / (ordered.length - 1) : 0;
    const y = (level) => HEIGHT - PAD - (level / 5) * (HEIGHT - 2 * PAD);
    const dots = ordered.map((p, index) => ({
        key: `p${index}`,
        cx: String(PAD + index * step),
        cy: String(y(p.level)),
        takenAt: formatTakenAt(p.takenAt),
        level: String(p.level),
        checkedCount: String(p.checkedCount),
    }));
    return {
        width: String(WIDTH),
        height: String(HEIGHT),
        viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
        polyline: dots.map((d) => `${d.cx},${d.cy}`).join(' '),
        gridlines: [0, 1, 2, 3, 4, 5].map((level) => ({
            key: `g${level}`,
            y: String(y(level)),
            x2: String(WIDTH - PAD),
            label: String(level),
            labelY: String(y(level) + 4),
        })),
        dots,
        summary,
    };
}
