import { LightningElement } from 'lwc';
import { formatMinutes } from 'c/maCore';
import { lang, requestUrl } from 'wb/session';

const TEXT = {
    ja: {
        orgTime: '組織の時刻',
        real: '実際の時刻どおり',
        ahead: '実際の時刻より {time} 進んでいます',
        schedule: '定期実行 (15分ごと): 前回 {last}・次回 {next}',
        never: 'まだ実行されていません',
        group: '組織の時計を進める',
        moving: '時計を進め、その間の定期実行を行っています…',
        failed: '時計を進められませんでした: {message}',
        steps: [
            { minutes: 15, label: '+15分', aria: '組織の時計を15分進める' },
            { minutes: 60, label: '+1時間', aria: '組織の時計を1時間進める' },
            { minutes: 1440, label: '+1日', aria: '組織の時計を1日進める' },
        ],
    },
    en: {
        orgTime: 'Org time',
        real: 'the real time',
        ahead: '{time} ahead of the real time',
        schedule: 'Scheduled run (every 15 minutes): last {last}, next {next}',
        never: 'not yet run',
        group: 'Move the org clock forward',
        moving: 'Moving the clock and running the scheduled job for the time passed…',
        failed: 'The clock did not move: {message}',
        steps: [
            { minutes: 15, label: '+15 min', aria: 'Move the org clock forward 15 minutes' },
            { minutes: 60, label: '+1 hour', aria: 'Move the org clock forward 1 hour' },
            { minutes: 1440, label: '+1 day', aria: 'Move the org clock forward 1 day' },
        ],
    },
};

const fill = (template, params) => template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));

/**
 * The local org's clock in the header: its time, how far it is ahead of the
 * real one, the scheduled engine run, and +15 min / +1 hour / +1 day. Moving
 * it runs the scheduled job at every quarter hour passed (org/schedule.mjs),
 * then reloads the page so every component reads the new time.
 */
export default class Clock extends LightningElement {
    text = TEXT[lang];
    state;
    busy = false;
    error;
    now = new Date();

    connectedCallback() {
        this.load();
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.timer = setInterval(() => {
            this.now = new Date();
        }, 30000);
    }

    disconnectedCallback() {
        clearInterval(this.timer);
    }

    async load() {
        try {
            this.state = await requestUrl('GET', '/workbench/clock');
        } catch (e) {
            this.error = fill(this.text.failed, { message: messageOf(e) });
        }
    }

    get timeText() {
        return formatTime(this.now);
    }

    get offsetText() {
        if (!this.state || this.state.offsetMinutes === 0) return this.text.real;
        return fill(this.text.ahead, { time: formatMinutes(this.state.offsetMinutes, lang) });
    }

    get scheduleText() {
        if (!this.state) return '';
        return fill(this.text.schedule, {
            last: this.state.lastRunAt ? formatTime(new Date(this.state.lastRunAt)) : this.text.never,
            next: formatTime(new Date(this.state.nextRunAt)),
        });
    }

    get steps() {
        return this.text.steps.map((s) => ({ ...s, key: String(s.minutes), id: `clock-${s.minutes}` }));
    }

    get statusText() {
        if (this.busy) return this.text.moving;
        return this.error || '';
    }

    async handleMove(event) {
        const minutes = Number(event.currentTarget.dataset.minutes);
        this.busy = true;
        this.error = undefined;
        try {
            await requestUrl('POST', '/workbench/clock/advance', { minutes });
            // Every component reads the time when it loads: load them all again at the new time.
            window.location.reload();
        } catch (e) {
            this.error = fill(this.text.failed, { message: messageOf(e) });
            this.busy = false;
        }
    }
}

function formatTime(date) {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(date);
}

function messageOf(error) {
    const body = error && error.body;
    if (Array.isArray(body) && body[0] && body[0].message) return body[0].message;
    return (body && body.message) || String(error);
}
