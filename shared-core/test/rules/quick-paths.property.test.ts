// The scorer's quick paths against the schemas they stand in for: for any
// input (missing, extra and wrongly typed keys, odd objects, impossible
// dates, repeated ids) both give the same answer, the same value or the same
// issues. The schemas are the authority; the quick paths only save time.
import fc from 'fast-check';
import {
  HistorySchema,
  ListedScoringLeadSchema,
  ScoringEventSchema,
  ScoringLeadSchema,
  ScoringLeadsSchema,
  parseHistoryLeads,
  parseScoringLead,
  parseScoringLeads,
} from '../../src';
import { parseWith, type Result } from '../../src/result';

/** A list schema's answer as the list parsers give it: the leads, or the issues. */
const leadsOf = <T>(r: Result<{ leads: T[] }>): Result<T[]> => (r.ok ? { ok: true, value: r.value.leads } : r);

class Visit {
  type = 'page_view';
  at = '2026-11-01T09:00:00Z';
}
class Inherits {
  get id() {
    return 'L1';
  }
}

/** Anything JSON or a JS caller could pass where an object is expected. */
const junk = fc.anything({
  maxDepth: 2,
  withNullPrototype: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withBoxedValues: true,
  withSparseArray: true,
  withObjectString: true,
  key: fc.constantFrom('type', 'at', 'props', 'id', 'fields', 'events', 'constructor', 'x'),
});
const name = fc.constantFrom('url', 'employees', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf');
const record = fc.oneof(
  fc.dictionary(name, junk, { maxKeys: 3 }),
  fc.dictionary(name, junk, { maxKeys: 3, noNullPrototype: false }),
  fc.constant(JSON.parse('{"__proto__": {"url": "/pricing"}, "url": "/blog"}') as unknown),
  fc.constantFrom<unknown>(new Map([['url', '/pricing']]), new Date(0), new Visit(), [], Object.create(null), Object.create({ url: '/x' })),
  junk,
);
const instant = fc.oneof(
  fc.integer({ min: -100 * 86_400_000, max: 100 * 86_400_000 }).map((d) => new Date(Date.parse('2026-11-01T00:00:00Z') + d).toISOString()),
  fc.constantFrom('2026-11-01', '2026-11-01T09:00', '2026-11-01T09:00:00+0900', '2026-02-30', '2026-13-01', '2026-11-01T25:00', '2026-11-01T24:00', '9999-12-31T23:59:59.999Z', '9999-12-31T23:00:00-02:00', 'soon', ''),
  fc.date({ noInvalidDate: false }),
  junk,
);
const event = fc.oneof(
  fc.record({ type: fc.oneof(fc.constantFrom('page_view', 'form_submit', '', ' '), junk), at: instant, props: record, extra: junk }, { requiredKeys: [] }),
  fc.constantFrom<unknown>(new Visit(), new Map([['type', 'page_view']])),
  junk,
);
// Few ids, so that repeats (and 7 next to "7") are common.
const id = fc.oneof(fc.constantFrom<unknown>('L1', 'L2', 7, '7', '', '  ', -0, Number.NaN, Number.POSITIVE_INFINITY, null, undefined), fc.string({ maxLength: 2 }), junk);
const outcome = { scoredAt: instant, opportunity: fc.oneof(fc.boolean(), junk), won: fc.oneof(fc.boolean(), junk), opportunityAt: instant, wonAt: instant };
// Well-formed leads too, so that the quick paths' own answers are tested as often as their fallbacks.
const goodEvent = fc.record({ type: fc.constantFrom('page_view', 'form_submit'), at: instant.filter((v) => typeof v === 'string'), props: fc.dictionary(name, fc.string(), { maxKeys: 2 }) }, { requiredKeys: ['type', 'at'] });
const goodLead = fc.record(
  { id: fc.constantFrom<unknown>('L1', 'L2', 7, '7', undefined), fields: fc.dictionary(name, fc.oneof(fc.string(), fc.integer()), { maxKeys: 3 }), events: fc.array(goodEvent, { maxLength: 3 }), scoredAt: instant, won: fc.boolean() },
  { requiredKeys: [] },
);
const lead = fc.oneof(
  goodLead,
  fc.record(
    { id, fields: record, events: fc.oneof(fc.array(event, { maxLength: 3 }), junk), ...outcome, other: junk },
    { requiredKeys: [] },
  ),
  fc.constantFrom<unknown>(new Inherits(), new Date(0)),
  junk,
);
const list = fc.oneof(
  fc.array(lead, { maxLength: 4 }).map((leads) => ({ leads })),
  fc.array(lead, { maxLength: 4 }),
  fc.record({ leads: junk, other: junk }, { requiredKeys: [] }),
  junk,
);

const RUNS = { numRuns: 1500 };

describe('the quick paths answer as the schemas do', () => {
  it('parseScoringLead: a lead on its own (id optional) and in a list (id required)', () => {
    fc.assert(
      fc.property(lead, fc.boolean(), (input, listed) => {
        const schema = listed ? ListedScoringLeadSchema : ScoringLeadSchema;
        expect(parseScoringLead(input, 'leads[0]', listed)).toStrictEqual(parseWith(schema, input, 'leads[0]'));
      }),
      RUNS,
    );
  });

  it('parseScoringLeads: a list of leads, every id required and used once', () => {
    fc.assert(
      fc.property(list, (input) => {
        expect(parseScoringLeads(input)).toStrictEqual(leadsOf(parseWith(ScoringLeadsSchema, input)));
      }),
      RUNS,
    );
  });

  it('parseHistoryLeads: past leads with outcomes', () => {
    fc.assert(
      fc.property(list, (input) => {
        expect(parseHistoryLeads(input)).toStrictEqual(leadsOf(parseWith(HistorySchema, input)));
      }),
      RUNS,
    );
  });

  it("the lead schema's event list: each event as the event schema reads it, with the same issues", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 4 }), (events) => {
        const parsed = ScoringLeadSchema.safeParse({ events });
        const each = events.map((e) => ScoringEventSchema.safeParse(e));
        expect(parsed.success).toBe(each.every((r) => r.success));
        if (parsed.success) {
          expect(parsed.data.events).toStrictEqual(each.map((r) => r.data));
        } else {
          const expected = each.flatMap((r, i) => (r.success ? [] : r.error.issues.map((x) => ({ path: ['events', i, ...x.path], code: x.code, message: x.message }))));
          expect(parsed.error.issues.map((x) => ({ path: x.path, code: x.code, message: x.message }))).toEqual(expected);
        }
      }),
      RUNS,
    );
  });

  it('the generated inputs reach both answers of every path (the property is not vacuous)', () => {
    const samples = fc.sample(list, { numRuns: 2000, seed: 9 });
    const answers = samples.map((s) => parseScoringLeads(s));
    expect(answers.some((a) => a.ok && a.value.length > 0)).toBe(true);
    const paths = new Set(answers.flatMap((a) => (a.ok ? [] : a.issues.map((i) => i.path.replace(/\d+/g, 'N')))));
    for (const path of ['leads', 'leads[N]', 'leads[N].id', 'leads[N].fields', 'leads[N].events', 'leads[N].events[N].at', 'leads[N].events[N].props']) {
      expect(paths).toContain(path);
    }
    expect(answers.some((a) => !a.ok && a.issues.some((i) => /already used at leads\[\d+\]\.id/.test(i.message)))).toBe(true);
  });
});
