// The org's notifications, in the shape of the Connect REST API's
// Notifications resource (/connect/notifications: GET the context user's
// newest, `size` 1-50, default 10; PATCH `read` / `seen` for `notificationIds`
// (at most 50) or for everything `before` an instant), so the workbench
// header shows what the automation sends as Lightning's bell would. On the
// platform these are Custom Notifications of type MA_Handoff
// (notificationtypes/MA_Handoff.notiftype-meta.xml) sent by the Apex.
export const NOTIFICATION_TYPE = 'MA_Handoff';
const MAX_IDS = 50;

export class NotificationInputError extends Error {}

export function createNotifications(store) {
    const shape = (row) => ({
        id: String(row.id),
        type: NOTIFICATION_TYPE,
        recipientId: row.recipient,
        messageTitle: row.fields.messageTitle,
        messageBody: row.fields.messageBody,
        target: row.fields.target,
        read: row.fields.read,
        seen: row.fields.seen,
        count: 1,
        lastModified: row.fields.lastModified,
        mostRecentActivityDate: row.at,
    });

    return {
        /** One notification per recipient (a queue's notice reaches its members). */
        send({ recipients, target, title, body, at }) {
            for (const recipient of new Set(recipients)) {
                store.addNotification(recipient, at, { messageTitle: title, messageBody: body, target, read: false, seen: false, lastModified: at });
            }
        },

        /** GET: the user's newest notifications. */
        list(userId, size = 10) {
            const n = Number(size);
            if (!Number.isInteger(n) || n < 1) throw new NotificationInputError('size: expected a whole number from 1 to 50');
            return { notifications: store.notificationsOf(userId).slice(0, Math.min(n, 50)).map(shape) };
        },

        /** GET status: how many are unread and unseen. */
        status(userId) {
            const rows = store.notificationsOf(userId);
            return { unreadCount: rows.filter((r) => !r.fields.read).length, unseenCount: rows.filter((r) => !r.fields.seen).length };
        },

        /** PATCH: marks the user's notifications read or seen; answers the ones changed. */
        update(userId, body, now) {
            const input = body && typeof body === 'object' && !Array.isArray(body) ? body : {};
            const { notificationIds, before, read, seen } = input;
            if (read === undefined && seen === undefined) throw new NotificationInputError('read or seen: give at least one (true or false)');
            if ((read !== undefined && typeof read !== 'boolean') || (seen !== undefined && typeof seen !== 'boolean')) throw new NotificationInputError('read, seen: expected true or false');
            if (read === true && seen === false) throw new NotificationInputError('seen: a notification marked read is seen too');
            if (notificationIds !== undefined && before !== undefined) throw new NotificationInputError('notificationIds, before: give one of them, not both');
            if (notificationIds !== undefined && (!Array.isArray(notificationIds) || notificationIds.length > MAX_IDS || notificationIds.some((id) => typeof id !== 'string'))) {
                throw new NotificationInputError(`notificationIds: expected a list of at most ${MAX_IDS} notification ids`);
            }
            const cutoff = before === undefined ? Date.parse(now) : Date.parse(before);
            if (Number.isNaN(cutoff)) throw new NotificationInputError('before: expected an ISO 8601 date and time');
            const chosen = store.notificationsOf(userId).filter((r) => (notificationIds ? notificationIds.includes(String(r.id)) : Date.parse(r.at) <= cutoff));
            for (const row of chosen) {
                const fields = { ...row.fields, lastModified: now };
                if (read !== undefined) fields.read = read;
                if (seen !== undefined || read === true) fields.seen = read === true ? true : seen;
                row.fields = fields;
                store.updateNotification(row.id, fields);
            }
            return { notifications: chosen.map(shape) };
        },
    };
}
