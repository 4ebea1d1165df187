import { cli, example } from './run';

describe('ma-maturity plan', () => {
  it('prints the contract JSON: level, projectedLevel and tasks with their fields', async () => {
    const { status, stdout, stderr } = await cli(['plan', example('diagnosis.json'), '--start', '2026-12-01']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.level).toBe(2);
    expect(plan.projectedLevel).toBe(3);
    expect(plan.tasks.length).toBeGreaterThan(0);
    for (const task of plan.tasks) {
      expect(Object.keys(task)).toEqual(
        expect.arrayContaining(['id', 'title', 'transition', 'checklistItems', 'owner', 'participants', 'dependsOn', 'acceptance', 'due']),
      );
      expect(task.due >= '2026-12-01').toBe(true);
    }
    expect(plan.tasks[0].title).toMatch(/[ぁ-んァ-ン一-龯]/);
    // item 8 is checked: no integration tasks
    expect(plan.tasks.map((t: { id: string }) => t.id)).not.toContain('crm-sfa-integration');
  });

  it('plans to level 5 with --to-level and in English with --lang', async () => {
    const { status, stdout } = await cli(['plan', example('diagnosis.json'), '--start', '2026-12-01', '--to-level', '5', '--lang', 'en']);
    expect(status).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.projectedLevel).toBe(5);
    expect(plan.tasks.find((t: { id: string }) => t.id === 'unified-kpis')?.title).toBe('Unify cross-department KPIs (MQL count, 商談化率, 受注率)');
  });

  it('prints a readable plan with --format text', async () => {
    const { status, stdout } = await cli(['plan', example('respondents.json'), '--start', '2026-12-01', '--format', 'text']);
    expect(status).toBe(0);
    expect(stdout).toContain('実装計画');
    expect(stdout).toContain('担当:');
    expect(stdout).toContain('完了条件');
  });
});
