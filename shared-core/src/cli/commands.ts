import type { Command } from './command';
import { diagnoseCommand } from './diagnose';
import { planCommand } from './plan';
import { scoreCommand } from './score';
import { backtestCommand } from './backtest';
import { kpiCommand } from './kpi';
import { evaluateCommand } from './evaluate';
import { suggestCommand } from './suggest';

// The contract's command names; keep them.
export const commands: Record<string, Command> = {
  diagnose: diagnoseCommand,
  plan: planCommand,
  score: scoreCommand,
  backtest: backtestCommand,
  kpi: kpiCommand,
  evaluate: evaluateCommand,
  suggest: suggestCommand,
};
