// HubSpot's rate limits, met by waiting: a request HubSpot answers 429 (a
// burst over the ten-secondly limit, or search's few requests a second) was
// not carried out, so it is sent again after a pause that doubles each time
// (or HubSpot's Retry-After, when longer), until the caller's deadline. Only
// 429 is retried: any other error may have been carried out in part.
const { FnError } = require('./fn-error.cjs');

/** First pause; MA_RETRY_BASE_MS shortens it in tests. */
const baseMs = () => Number(process.env.MA_RETRY_BASE_MS || 1000);
const MAX_PAUSE_MS = 10000;

const isRateLimited = (error) => Boolean(error) && typeof error === 'object' && /** @type {{ code?: unknown }} */ (error).code === 429;

/** HubSpot's Retry-After (seconds), in milliseconds, when it sent one. */
function retryAfterMs(error) {
  const headers = /** @type {{ headers?: Record<string, string> }} */ (error).headers || {};
  const seconds = Number(headers['retry-after'] ?? headers['Retry-After']);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 0;
}

/** Still throttled when the deadline came: nothing of the last request was done. */
class RateLimitedError extends FnError {
  /** @param {number} attempts */
  constructor(attempts) {
    super('crm-error', {
      ja: `HubSpot の API 利用上限に達しました (429 RATE_LIMITS、${attempts} 回試行)。しばらく待ってから続けてください。`,
      en: `HubSpot's API rate limit was reached (429 RATE_LIMITS, ${attempts} attempts); wait a moment and continue.`,
    });
  }
}

/**
 * Sends `request()` until it is not answered 429, pausing in between, and
 * gives up with RateLimitedError when the next pause would pass `deadline`
 * (epoch ms).
 * @template T
 * @param {() => Promise<T>} request
 * @param {number} deadline
 * @param {(ms: number) => Promise<void>} [sleep]
 * @returns {Promise<T>}
 */
async function withBackoff(request, deadline, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await request();
    } catch (error) {
      if (!isRateLimited(error)) throw error;
      const pause = Math.min(MAX_PAUSE_MS, Math.max(retryAfterMs(error), baseMs() * 2 ** (attempt - 1)));
      if (Date.now() + pause > deadline) throw new RateLimitedError(attempt);
      await sleep(pause);
    }
  }
}

module.exports = { RateLimitedError, withBackoff };
