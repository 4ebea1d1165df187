// The charts of the diagnosis, KPI and plan pages, drawn by the real Chart.js
// (the static resource MA_ChartJs, loaded with lightning/platformResourceLoader
// from the workbench's /resource/ URL): each is drawn (pixels on its canvas)
// and holds the same figures as the table beside it; the page stays axe clean.
// Chart screenshots go to docs/screenshots/ (charts-*-ja.png) for the README.
const { useSession } = require('./support/session');
const { signIn, seriousViolations, elementScreenshot } = require('./support/browser');
const { byDataId } = require('./support/lightning');

const session = useSession();

/** The live chart on a c-ma-chart's canvas, as Chart.getChart answers, and whether anything is painted. */
async function drawn(host) {
    const canvas = host.locator('canvas');
    await canvas.waitFor();
    return canvas.evaluate((node) => {
        const chart = window.Chart.getChart(node);
        if (!chart) return null;
        const { width, height } = node;
        const pixels = node.getContext('2d').getImageData(0, 0, width, height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted += 1;
        const x = chart.options.scales.x || {};
        return {
            type: chart.config.type,
            label: node.getAttribute('aria-label'),
            painted,
            labels: chart.data.labels,
            datasets: chart.data.datasets.map((d) => ({ label: d.label, data: d.data })),
            // The time line's x values as its ticks write them (dates in the user's locale).
            xTicks: chart.config.type === 'scatter' ? chart.data.datasets.map((d) => d.data.map((p) => x.ticks.callback(p.x))) : null,
        };
    });
}

const chart = (scope, name) => scope.locator(`c-ma-chart[data-chart="${name}"]`);
const rows = (table) => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.innerText.trim())));
const percent = (text) => (text === '—' ? null : Number(text.replace(/[^0-9.]/g, '')));
/** "2/6 (33.3%)" -> 33.3 */
const shareOf = (cell) => percent(cell.replace(/^.*\((.*)\)$/, '$1'));

async function expectDrawn(host) {
    const c = await drawn(host);
    expect(c).not.toBeNull();
    expect(c.painted).toBeGreaterThan(100);
    expect(c.label.length).toBeGreaterThan(0);
    return c;
}

test('diagnosis: level beside the B2B average, benchmark bands, the three axes per department, level and checks over time', async () => {
    const page = await session.browser.newPage();
    await signIn(page, session.workbench.url, { role: 'admin', lang: 'ja' });
    await page.goto(`${session.workbench.url}#/diagnosis`);
    const diagnosis = page.locator('c-ma-diagnosis');
    await byDataId(diagnosis, 'level').waitFor();

    const level = await expectDrawn(chart(diagnosis, 'level'));
    expect(level.datasets[0].data).toEqual([Number(await byDataId(diagnosis, 'level').innerText()), 2.5]);

    const bands = await expectDrawn(chart(diagnosis, 'benchmark'));
    const bandRows = await rows(byDataId(diagnosis, 'benchmark-table'));
    expect(bands.labels).toEqual(bandRows.map((r) => r[0]));
    expect(bands.datasets[0].data).toEqual(bandRows.map((r) => percent(r[1])));
    expect(bands.datasets[0].data).toEqual([40, 45, 15]);

    // The sample org's latest diagnosis has three departments: one series for all, one per department.
    const profile = await expectDrawn(chart(diagnosis, 'profile'));
    const profileRows = await rows(byDataId(diagnosis, 'profile'));
    expect(profile.labels).toEqual(profileRows.map((r) => r[0]));
    expect(profile.datasets).toHaveLength(4);
    profile.datasets.forEach((d, column) => expect(d.data).toEqual(profileRows.map((r) => shareOf(r[column + 1]))));

    const trend = await expectDrawn(chart(diagnosis, 'trend'));
    const trendRows = await rows(byDataId(diagnosis, 'trend-table'));
    expect(trend.labels).toEqual(trendRows.map((r) => r[0]));
    expect(trend.datasets.map((d) => d.data)).toEqual([trendRows.map((r) => Number(r[1])), trendRows.map((r) => Number(r[2]))]);

    expect(await seriousViolations(page)).toEqual([]);
    await elementScreenshot(diagnosis.locator('section[data-id="results"]'), 'charts-diagnosis-ja');
    expect(session.browser.errors).toEqual([]);
});

test('KPIs: funnel steps with the conversion between each, rates by month and by definition version', async () => {
    const page = await session.browser.newPage();
    await signIn(page, session.workbench.url, { role: 'admin', lang: 'ja' });
    await page.goto(`${session.workbench.url}#/kpis`);
    const funnel = page.locator('c-ma-funnel');
    await byDataId(funnel, 'kpi-mql').waitFor();

    const steps = await expectDrawn(chart(funnel, 'steps'));
    const stepRows = await rows(byDataId(funnel, 'funnel-steps'));
    expect(steps.datasets[0].data).toEqual(stepRows.map((r) => Number(r[1].replace(/,/g, ''))));
    expect(steps.datasets[0].data[0]).toBe(Number((await byDataId(funnel, 'kpi-mql').innerText()).replace(/,/g, '')));
    // Each step after MQL carries its conversion in its label, as the table's last column has it.
    expect(steps.labels.slice(1).map((l) => l[1].split(' ').pop())).toEqual(stepRows.slice(1).map((r) => r[2]));

    for (const id of ['by-month', 'by-version']) {
        const rates = await expectDrawn(chart(funnel, id));
        const table = await rows(byDataId(funnel, id));
        expect(rates.labels).toEqual(table.map((r) => r[0]));
        // Columns: name, MQL, SQL, MQL→SQL, 商談化率, 受注率, SLA遵守率
        expect(rates.datasets.map((d) => d.label)).toEqual(['商談化率', '受注率', 'SLA遵守率']);
        expect(rates.datasets.map((d) => d.data)).toEqual([4, 5, 6].map((col) => table.map((r) => percent(r[col]))));
    }

    expect(await seriousViolations(page)).toEqual([]);
    await elementScreenshot(funnel.locator('section'), 'charts-kpis-ja');
    expect(session.browser.errors).toEqual([]);
});

test('plan: progress per transition and the tasks by due date, overdue marked', async () => {
    const page = await session.browser.newPage();
    await signIn(page, session.workbench.url, { role: 'admin', lang: 'ja' });
    await page.goto(`${session.workbench.url}#/plan`);
    const plan = page.locator('c-ma-plan');
    await byDataId(plan, 'progress').waitFor();

    const transitions = await expectDrawn(chart(plan, 'transitions'));
    const transitionRows = await rows(byDataId(plan, 'transition-progress'));
    expect(transitions.labels).toEqual(transitionRows.map((r) => r[0]));
    expect(transitions.datasets.map((d) => d.data)).toEqual([transitionRows.map((r) => Number(r[1])), transitionRows.map((r) => Number(r[2]) - Number(r[1]))]);

    const timeline = await expectDrawn(chart(plan, 'timeline'));
    const timelineRows = (await rows(byDataId(plan, 'timeline'))).filter((r) => r[0] !== '—');
    // Each dated row is one mark: at its due date, on its task, in the series of its state.
    const marks = timeline.datasets.flatMap((d, i) => d.data.map((p, j) => [timeline.xTicks[i][j], p.y, d.label]));
    const stateOf = (status, overdue) => (overdue ? '期限超過' : status === '完了' ? '完了' : '未完了');
    const expected = timelineRows.map(([due, title, status, overdue]) => [due, title, stateOf(status, overdue)]);
    expect(marks.sort()).toEqual(expected.sort());
    // The sample plan slipped: some tasks due in the last month are overdue, and marked so.
    expect(timeline.datasets.find((d) => d.label === '期限超過').data.length).toBeGreaterThan(0);
    expect(timelineRows.filter((r) => r[3] !== '').length).toBe(timeline.datasets.find((d) => d.label === '期限超過').data.length);

    expect(await seriousViolations(page)).toEqual([]);
    await elementScreenshot(byDataId(plan, 'plan-charts'), 'charts-plan-ja');
    expect(session.browser.errors).toEqual([]);
});

test('a chart whose library cannot load says so, and its table still holds the figures', async () => {
    const page = await session.browser.newPage();
    // Before signing in: the sign-in reload is the page load that fetches the library (a hash change loads nothing).
    await page.route('**/resource/**/MA_ChartJs', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await signIn(page, session.workbench.url, { role: 'admin', lang: 'en' });
    await page.goto(`${session.workbench.url}#/kpis`);
    const funnel = page.locator('c-ma-funnel');
    await byDataId(funnel, 'kpi-mql').waitFor();
    await chart(funnel, 'steps').locator('[data-id="error-headline"]').waitFor();
    expect(await chart(funnel, 'steps').locator('[data-id="error-headline"]').innerText()).toMatch(/table shows the same figures/);
    expect((await rows(byDataId(funnel, 'funnel-steps'))).length).toBe(5);
    expect(await seriousViolations(page)).toEqual([]);
});
