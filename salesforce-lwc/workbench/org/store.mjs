// The local org's storage: one SQLite file (better-sqlite3) holding every record
// as JSON by object, the org's meta values and its notifications, so writes
// persist across restarts of the workbench.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export function openStore(file) {
    mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec(`
        CREATE TABLE IF NOT EXISTS records (
            id TEXT PRIMARY KEY,
            object TEXT NOT NULL,
            fields TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS records_object ON records(object);
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS notifications (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            recipient TEXT NOT NULL,
            at TEXT NOT NULL,
            fields TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS notifications_recipient ON notifications(recipient, id);
    `);
    const q = {
        get: db.prepare('SELECT id, object, fields FROM records WHERE id = ?'),
        all: db.prepare('SELECT id, object, fields FROM records WHERE object = ?'),
        insert: db.prepare('INSERT INTO records (id, object, fields) VALUES (?, ?, ?)'),
        update: db.prepare('UPDATE records SET fields = ? WHERE id = ?'),
        remove: db.prepare('DELETE FROM records WHERE id = ?'),
        count: db.prepare('SELECT COUNT(*) AS n FROM records'),
        getMeta: db.prepare('SELECT value FROM meta WHERE key = ?'),
        setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
        clear: db.prepare('DELETE FROM records'),
        clearMeta: db.prepare('DELETE FROM meta'),
        addNotification: db.prepare('INSERT INTO notifications (recipient, at, fields) VALUES (?, ?, ?)'),
        notificationsOf: db.prepare('SELECT id, recipient, at, fields FROM notifications WHERE recipient = ? ORDER BY id DESC'),
        updateNotification: db.prepare('UPDATE notifications SET fields = ? WHERE id = ?'),
        clearNotifications: db.prepare('DELETE FROM notifications'),
    };
    const notification = (r) => ({ id: r.id, recipient: r.recipient, at: r.at, fields: JSON.parse(r.fields) });
    const row = (r) => (r ? { id: r.id, object: r.object, fields: JSON.parse(r.fields) } : null);
    return {
        get: (id) => row(q.get.get(id)),
        all: (object) => q.all.all(object).map(row),
        insert: (id, object, fields) => q.insert.run(id, object, JSON.stringify(fields)),
        update: (id, fields) => q.update.run(JSON.stringify(fields), id),
        remove: (id) => q.remove.run(id),
        count: () => q.count.get().n,
        meta: (key) => {
            const r = q.getMeta.get(key);
            return r ? r.value : null;
        },
        setMeta: (key, value) => q.setMeta.run(key, String(value)),
        clear: () => {
            q.clear.run();
            q.clearMeta.run();
            q.clearNotifications.run();
        },
        /** The org's notifications (the bell of Lightning Experience), one row per recipient, newest first. */
        addNotification: (recipient, at, fields) => Number(q.addNotification.run(recipient, at, JSON.stringify(fields)).lastInsertRowid),
        notificationsOf: (recipient) => q.notificationsOf.all(recipient).map(notification),
        updateNotification: (id, fields) => q.updateNotification.run(JSON.stringify(fields), id),
        transaction: (fn) => db.transaction(fn)(),
        close: () => db.close(),
    };
}
