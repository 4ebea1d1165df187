import { LightningElement, api } from 'lwc';
import CHART_JS from '@salesforce/resourceUrl/MA_ChartJs';
import { loadScript } from 'lightning/platformResourceLoader';
import { label, locale } from 'c/maI18n';
import { chartConfig } from './chartConfig';

/**
 * One chart drawn with Chart.js (the static resource MA_ChartJs, loaded once
 * per page by lightning/platformResourceLoader) from a spec of the figures the
 * parent also shows in a table: the canvas is an image whose accessible name
 * is `summary`, and the table beside it is the readable alternative.
 */
export default class MaChart extends LightningElement {
    /** The accessible name of the chart: what it shows, in words. */
    @api summary = '';

    failed;
    ready = false;
    chart;
    drawnKey;
    specValue;
    loading = false;

    /** The chart's spec (see chartConfig.js); a new spec with the same figures does not redraw. */
    @api
    get spec() {
        return this.specValue;
    }
    set spec(value) {
        this.specValue = value;
        this.draw();
    }

    connectedCallback() {
        if (this.loading || this.ready) return;
        this.loading = true;
        loadScript(this, CHART_JS)
            .then(() => {
                this.ready = true;
                this.draw();
            })
            .catch((error) => {
                this.failed = error;
            })
            .finally(() => {
                this.loading = false;
            });
    }

    renderedCallback() {
        this.draw();
    }

    disconnectedCallback() {
        if (this.chart) this.chart.destroy();
        this.chart = undefined;
        this.drawnKey = undefined;
        this.ready = false;
    }

    draw() {
        const container = this.template.querySelector('div.chart');
        if (!this.ready || !this.specValue || !container) return;
        if (typeof window.Chart !== 'function') {
            this.failed = new Error('MA_ChartJs loaded but did not define Chart');
            return;
        }
        const key = JSON.stringify([this.specValue, this.summary, locale]);
        if (key === this.drawnKey) return;
        this.drawnKey = key;
        if (this.chart) this.chart.destroy();
        const canvas = document.createElement('canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', this.summary || '');
        canvas.textContent = this.summary || '';
        container.replaceChildren(canvas);
        try {
            // A copy: Chart.js marks the data arrays it draws, which LWC's read-only proxies of @api values refuse.
            this.chart = new window.Chart(canvas, chartConfig(JSON.parse(JSON.stringify(this.specValue)), locale));
        } catch (error) {
            this.failed = error;
        }
    }

    get isLoading() {
        return !this.ready && !this.failed;
    }

    get labels() {
        return { failed: label('chart.failed'), loading: label('chart.loading') };
    }
}
