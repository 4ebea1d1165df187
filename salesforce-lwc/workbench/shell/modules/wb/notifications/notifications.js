import { LightningElement } from 'lwc';
import { lang, request } from 'wb/session';

const TEXT = {
    ja: {
        title: '通知',
        button: '通知 (未読 {n} 件)',
        empty: '通知はありません。',
        markAllRead: 'すべて既読にする',
        unread: '未読',
        failed: '通知を読み込めませんでした: {message}',
    },
    en: {
        title: 'Notifications',
        button: 'Notifications ({n} unread)',
        empty: 'No notifications.',
        markAllRead: 'Mark all as read',
        unread: 'Unread',
        failed: 'The notifications could not be loaded: {message}',
    },
};

const POLL_MS = 20000;
const fill = (template, params) => template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));

/**
 * The bell of Lightning Experience, in the workbench header: the signed-in
 * user's notifications (what the org's automation sends: a new MQL assigned,
 * a first-touch reminder, the manager's notice, a reassignment), read from the
 * Connect API's /connect/notifications, each linking to its record. Opening
 * the list marks them seen; "mark all as read" marks them read.
 */
export default class Notifications extends LightningElement {
    text = TEXT[lang];
    items = [];
    unread = 0;
    open = false;
    error;

    connectedCallback() {
        this.load();
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.timer = setInterval(() => this.load(), POLL_MS);
    }

    disconnectedCallback() {
        clearInterval(this.timer);
    }

    async load() {
        try {
            const answer = await request('GET', '/connect/notifications?size=20');
            this.items = answer.notifications;
            this.unread = answer.notifications.filter((n) => !n.read).length;
            this.error = undefined;
        } catch (e) {
            const body = e && e.body;
            this.error = fill(this.text.failed, { message: (Array.isArray(body) && body[0] && body[0].message) || (body && body.message) || String(e) });
        }
    }

    get buttonLabel() {
        return fill(this.text.button, { n: this.unread });
    }

    get rows() {
        const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ja-JP', { timeZone: 'Asia/Tokyo', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
        return this.items.map((n) => ({
            id: n.id,
            title: n.messageTitle,
            body: n.messageBody,
            when: format.format(new Date(n.mostRecentActivityDate)),
            href: /^00Q|^003/.test(n.target || '') ? `#/lead/${n.target}` : null,
            unread: !n.read,
            className: n.read ? 'wb-notification' : 'wb-notification wb-notification_unread',
        }));
    }

    get expanded() {
        return String(this.open);
    }

    get panelClass() {
        return `slds-popover slds-popover_panel wb-notifications__panel${this.open ? '' : ' slds-hide'}`;
    }

    get isEmpty() {
        return this.items.length === 0;
    }

    async toggle() {
        this.open = !this.open;
        if (this.open && this.items.some((n) => !n.seen)) {
            await request('PATCH', '/connect/notifications', { seen: true, before: new Date().toISOString() }).catch(() => undefined);
        }
    }

    handleKeydown(event) {
        if (event.key === 'Escape' && this.open) {
            this.open = false;
            this.template.querySelector('[data-id="notifications-button"]').focus();
        }
    }

    async markAllRead() {
        await request('PATCH', '/connect/notifications', { read: true, before: new Date().toISOString() });
        await this.load();
    }

    handleFollow() {
        this.open = false;
    }
}
