import { trackPlan } from '../../src/method';

const task = (key: string, transition: string, due: string | null, done = false) => ({ key, title: `Task ${key}`, transition, due, done });

function tracked(tasks: unknown[], today = '2026-12-10') {
  const result = trackPlan({ tasks, today });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('plan tracking', () => {
  it('gives progress per transition in the seed order', () => {
    const t = tracked([task('c', '2->3', '2026-12-20'), task('a', '1->2', '2026-11-01', true), task('b', '2->3', '2026-12-05', true), task('d', '2->3', null)]);
    expect(t.byTransition).toEqual([
      { transition: '1->2', done: 1, total: 1, percent: 100 },
      { transition: '2->3', done: 1, total: 3, percent: 33 },
    ]);
  });

  it('puts a transition the catalog does not know last', () => {
    expect(tracked([task('x', 'custom', null), task('a', '4->5', null)]).byTransition.map((p) => p.transition)).toEqual(['4->5', 'custom']);
  });

  it('lines the tasks up by due date, undated last, and marks open tasks due before today as overdue', () => {
    const t = tracked([
      task('late', '2->3', '2026-12-01'),
      task('undated', '2->3', null),
      task('today', '2->3', '2026-12-10'),
      task('done-late', '1->2', '2026-11-20', true),
    ]);
    expect(t.timeline.map((x) => [x.key, x.overdue, x.daysOverdue])).toEqual([
      ['done-late', false, null],
      ['late', true, 9],
      ['today', false, null],
      ['undated', false, null],
    ]);
    expect(t.overdue).toBe(1);
  });

  it('orders tasks due the same day by transition, then key', () => {
    const t = tracked([task('b', '2->3', '2026-12-20'), task('a', '2->3', '2026-12-20'), task('z', '1->2', '2026-12-20')]);
    expect(t.timeline.map((x) => x.key)).toEqual(['z', 'a', 'b']);
  });

  it('refuses a bad due date or today, naming the field', () => {
    const bad = trackPlan({ tasks: [task('a', '1->2', '2026-02-30')], today: '2026-12-10' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path).toBe('tasks[0].due');
    const noToday = trackPlan({ tasks: [], today: 'tomorrow' });
    expect(!noToday.ok && noToday.issues[0]?.path).toBe('today');
  });

  it('answers empty figures for no tasks', () => {
    expect(tracked([])).toEqual({ byTransition: [], timeline: [], overdue: 0 });
  });
});
