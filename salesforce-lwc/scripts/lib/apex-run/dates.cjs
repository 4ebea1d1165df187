'use strict';
// Date (a calendar day) and Datetime (an instant, epoch milliseconds), and
// formatGmt's pattern letters, in UTC only: nothing here reads a time zone,
// so no answer can depend on the machine's.
const { unsupported } = require('./errors.cjs');

class ApexDate {
  constructor(days) {
    this.days = days;
  }
}

class ApexDatetime {
  constructor(ms) {
    if (!Number.isSafeInteger(ms)) unsupported(`a Datetime of ${ms} milliseconds`);
    this.ms = ms;
  }
}

const DAY_MS = 86400000;

/** Days since 1970-01-01 of a proleptic Gregorian date (setUTCFullYear: no two-digit-year quirk). */
function daysFromCivil(y, m, d) {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / DAY_MS);
}

function civilFromDays(days) {
  const date = new Date(days * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function daysInMonth(y, m) {
  return [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Date.newInstance(y, m, d); a day outside the month is refused (the platform's leniency is not modelled). */
function newDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) unsupported(`Date.newInstance(${y}, ${m}, ${d}) outside the calendar`);
  return new ApexDate(daysFromCivil(y, m, d));
}

/** SimpleDateFormat letters y M d H m s S, quoted text and punctuation; any other letter is refused. */
function formatGmt(ms, pattern) {
  const days = Math.floor(ms / DAY_MS);
  const rest = ms - days * DAY_MS;
  const { y, m, d } = civilFromDays(days);
  if (y < 1 || y > 9999) unsupported(`formatGmt of the year ${y}`);
  const fields = { y, M: m, d, H: Math.floor(rest / 3600000), m: Math.floor(rest / 60000) % 60, s: Math.floor(rest / 1000) % 60, S: rest % 1000 };
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i];
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) unsupported(`formatGmt pattern ${pattern} (unclosed quote)`);
      out += end === i + 1 ? "'" : pattern.slice(i + 1, end);
      i = end + 1;
    } else if (/[a-zA-Z]/.test(c)) {
      let n = 1;
      while (pattern[i + n] === c) n += 1;
      if (!(c in fields) || (c === 'M' && n > 2) || (c === 'y' && n === 2)) unsupported(`formatGmt pattern letter ${c.repeat(n)}`);
      out += String(fields[c]).padStart(n, '0');
      i += n;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

module.exports = { ApexDate, ApexDatetime, civilFromDays, daysInMonth, newDate, formatGmt };
