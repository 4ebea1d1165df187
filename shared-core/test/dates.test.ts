import fc from 'fast-check';
import { InstantSchema, MAX_INSTANT_MS, MIN_INSTANT_MS, isoDate, parseInstant, readInstant } from '../src/dates';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => (month === 2 ? (leap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

describe('reading ISO dates', () => {
  it('reads every date in the calendar, with any time and offset, as Date.parse does (years 0000-9999)', () => {
    const dateTime = fc
      .record({
        year: fc.integer({ min: 1, max: 9998 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.integer({ min: 0, max: 59 }),
        millis: fc.integer({ min: 0, max: 999 }),
        offset: fc.oneof(fc.constant('Z'), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }).map((m) => `${m < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(m) / 60))}:${pad(Math.abs(m) % 60)}`)),
      })
      .filter((d) => d.day <= daysIn(d.year, d.month));
    fc.assert(
      fc.property(dateTime, (d) => {
        const date = `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
        const text = `${date}T${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)}.${pad(d.millis, 3)}${d.offset}`;
        expect(parseInstant(text)).toBe(Date.parse(text));
        expect(parseInstant(date)).toBe(Date.parse(`${date}T00:00:00Z`));
        expect(isoDate(parseInstant(date))).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts exactly the grammar, checked against a regular-expression reading on text near it', () => {
    const GRAMMAR = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:[Zz]|([+-])(\d{2}):?(\d{2}))?)?$/;
    const reference = (text: string): number => {
      const m = GRAMMAR.exec(text.trim());
      if (!m) return Number.NaN;
      const [y = '', mo = '', d = '', h = '00', mi = '00', s = '00', f = '', sign, oh = '00', om = '00'] = m.slice(1) as string[];
      if (+mo < 1 || +mo > 12 || +h > 23 || +mi > 59 || +s > 59 || +oh > 23 || +om > 59) return Number.NaN;
      const date = new Date(0);
      date.setUTCFullYear(+y, +mo - 1, +d);
      if (date.getUTCMonth() !== +mo - 1 || date.getUTCDate() !== +d) return Number.NaN;
      const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (+oh * 60 + +om);
      const ms = date.getTime() + (+h * 60 + +mi - offset) * 60_000 + +s * 1000 + Number(f.slice(0, 3).padEnd(3, '0'));
      return ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS ? ms : Number.NaN;
    };
    const near = fc.oneof(
      fc.stringMatching(/^ ?\d{4}-[01]\d-[0-3]\d(T[0-2]\d:[0-6]\d(:[0-6]\d(\.\d{0,5})?)?([Zzx]|[+-][0-2]\d:?[0-6]\d|[+-]\d{1,3})?)? ?$/),
      fc.string({ unit: fc.constantFrom(...'0123456789-T:.Z+ '), maxLength: 30 }),
    );
    fc.assert(
      fc.property(near, (text) => {
        expect(parseInstant(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the forms CRMs write: no offset (UTC), +0900 without a colon, no seconds, long fractions', () => {
    expect(parseInstant('2026-11-01T09:00')).toBe(Date.parse('2026-11-01T09:00:00Z'));
    expect(parseInstant('2026-11-01T09:00:00.000+0000')).toBe(Date.parse('2026-11-01T09:00:00Z'));
    expect(parseInstant('2026-11-01T09:00:00+0900')).toBe(Date.parse('2026-11-01T00:00:00Z'));
    expect(parseInstant('2026-11-01T09:00:00.123456Z')).toBe(Date.parse('2026-11-01T09:00:00.123Z'));
    expect(parseInstant(' 2026-11-01 ')).toBe(Date.parse('2026-11-01T00:00:00Z'));
    expect(parseInstant(new Date('2026-11-01T09:00:00Z'))).toBe(Date.parse('2026-11-01T09:00:00Z'));
  });

  it.each([
    ['2026-02-30', '2026-02 has no day 30'],
    ['2026-02-29', '2026-02 has no day 29'],
    ['2100-02-29', '2100-02 has no day 29'],
    ['2026-04-31T10:00:00Z', '2026-04 has no day 31'],
    ['2026-11-00', '2026-11 has no day 00'],
    ['2026-13-01', 'there is no month 13'],
    ['2026-00-10', 'there is no month 00'],
    ['2026-11-01T25:00', 'there is no time 25:00:00'],
    ['2026-11-01T24:00', 'there is no time 24:00:00'],
    ['2026-11-01T09:60:00Z', 'there is no time 09:60:00'],
    ['2026-11-01T09:00:60Z', 'there is no time 09:00:60'],
    ['2026-11-01T09:00:00+24:00', 'there is no offset 24:00'],
  ])('refuses %s, which Date.parse would roll over or accept: %s', (text, reason) => {
    expect(parseInstant(text)).toBeNaN();
    expect(readInstant(text)).toEqual({ ok: false, message: expect.stringMatching(new RegExp(`^"${text.replace(/[+]/g, '\\+')}" is not in the calendar: ${reason}`)) });
    const issue = InstantSchema.safeParse(text).error?.issues[0];
    expect(issue?.message).toContain(reason);
  });

  it('refuses other text, and instants outside 0000-01-01 .. 9999-12-31', () => {
    for (const text of ['27/11/2026', 'tomorrow', '2026-11-01 09:00', '2026-1-01', '+010000-01-01', '2026-11-01T09:00:00 GMT', '']) {
      expect(parseInstant(text)).toBeNaN();
    }
    expect(parseInstant('9999-12-31T23:59:59.999Z')).toBe(MAX_INSTANT_MS);
    expect(parseInstant('0000-01-01')).toBe(MIN_INSTANT_MS);
    expect(readInstant('9999-12-31T23:00:00-01:00')).toEqual({ ok: false, message: '"9999-12-31T23:00:00-01:00" is not a date between 0000-01-01 and 9999-12-31' });
    expect(parseInstant('0000-01-01T00:00:00+00:01')).toBeNaN();
    expect(parseInstant(new Date(MAX_INSTANT_MS + 1))).toBeNaN();
    expect(parseInstant(new Date(Number.NaN))).toBeNaN();
    expect(readInstant('x'.repeat(1000))).toEqual({ ok: false, message: `"${'x'.repeat(40)}…" is not an ISO date such as 2026-11-01 or 2026-11-01T09:00:00Z` });
  });
});
