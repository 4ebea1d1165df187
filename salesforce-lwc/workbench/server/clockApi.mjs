// The workbench's own controls, beside the org's API (no Salesforce API has
// them): the org's clock and its scheduled engine run.
//   GET  /workbench/clock            { now, offsetMinutes, lastRunAt, nextRunAt }
//   POST /workbench/clock/advance    { minutes }: moves the clock forward (1 to 44,640
//        minutes, 31 days), running the scheduled job at every quarter hour passed
// Any signed-in sample user may move it (the whole local org shares one clock).
import { OrgError } from '../org/errors.mjs';
import { ClockMoveError } from '../org/schedule.mjs';
import { knownUser, readJson, send } from './api.mjs';

const MAX_MINUTES = 31 * 24 * 60;

export async function handleClockApi(org, req, res, url) {
    if (url.pathname !== '/workbench/clock' && url.pathname !== '/workbench/clock/advance') return false;
    const lang = req.headers['x-workbench-lang'] === 'en' ? 'en' : 'ja';
    if (!knownUser(org, req.headers['x-workbench-user'])) {
        return send(res, 401, [{ errorCode: 'INVALID_SESSION_ID', message: lang === 'en' ? 'Session expired or invalid: pick a role again.' : 'セッションが無効です。ロールを選び直してください。' }]);
    }
    try {
        if (url.pathname === '/workbench/clock' && req.method === 'GET') return send(res, 200, org.schedule.state());
        if (url.pathname === '/workbench/clock/advance' && req.method === 'POST') {
            const body = await readJson(req, lang);
            const minutes = body && typeof body === 'object' ? body.minutes : undefined;
            if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MINUTES) {
                return send(res, 400, [{ errorCode: 'INVALID_INPUT', message: lang === 'en' ? `minutes: a whole number from 1 to ${MAX_MINUTES} (31 days)` : `minutes: 1 から ${MAX_MINUTES} (31日) までの整数で指定してください` }]);
            }
            return send(res, 200, org.schedule.advance(minutes * 60000));
        }
        return send(res, 405, [{ errorCode: 'METHOD_NOT_ALLOWED', message: `${req.method} ${url.pathname}` }]);
    } catch (error) {
        if (error instanceof OrgError) return send(res, error.status, error.body);
        if (error instanceof ClockMoveError) return send(res, 400, [{ errorCode: 'INVALID_INPUT', message: error.message }]);
        throw error;
    }
}
