// Stands in for Chart.js (the static resource MA_ChartJs) in jest: jsdom has no
// canvas to draw on, so this records what each chart was given. sfdx-lwc-jest's
// own stub of lightning/platformResourceLoader resolves loadScript (as in
// lwc-recipes); install this to put the global the real script would define.
// The real library draws in the browser tests (tests/e2e/charts.test.js).
export class RecordingChart {
    static instances = [];

    constructor(canvas, config) {
        this.canvas = canvas;
        this.config = config;
        this.data = config.data;
        this.destroyed = false;
        RecordingChart.instances.push(this);
    }

    destroy() {
        this.destroyed = true;
    }

    /** The live chart drawn on the canvas inside `host`, as Chart.getChart(canvas) answers on the page. */
    static of(host) {
        const canvas = host.shadowRoot.querySelector('canvas');
        return RecordingChart.instances.find((c) => c.canvas === canvas && !c.destroyed) || null;
    }
}

export function installChartJs() {
    RecordingChart.instances = [];
    window.Chart = RecordingChart;
    return RecordingChart;
}

export function removeChartJs() {
    delete window.Chart;
}
