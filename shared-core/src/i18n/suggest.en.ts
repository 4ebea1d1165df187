import type { suggestJa } from './suggest.ja';

export const suggestEn: Record<keyof typeof suggestJa, string> = {
  'suggest.outcome.won': 'were won',
  'suggest.outcome.opportunity': 'became opportunities',
  'suggest.evidence': 'Of the leads it counted for, {with} {outcome}; of the others, {without} (it counted for {active} of {leads} leads in the fit period).',
  'suggest.why.raised': 'Raised: its link to the outcome is stronger than its points say. {evidence}',
  'suggest.why.lowered': 'Lowered: its link to the outcome is weaker than its points say. {evidence}',
  'suggest.why.unchanged': 'Unchanged: its points match its link to the outcome. {evidence}',
  'suggest.why.tooFew': 'Kept: it counted for only {active} leads in the fit period; {min} are needed to judge it.',
  'suggest.why.tooCommon': 'Kept: it counted for {active} of {leads} leads in the fit period, leaving fewer than {min} without it to compare.',
  'suggest.threshold.currentVolume': 'Gives as many MQLs in the fit period as the current threshold ({mql} of {leads} leads).',
  'suggest.threshold.volume': 'Chosen in the fit period for the share of MQLs asked for ({target} of {total} leads; {mql} of {leads} in the fit period).',
  'suggest.threshold.precision': 'The lowest threshold at which at least {target} of the MQLs {outcome} in the fit period ({positives} of {mql} MQLs).',
  'suggest.verdict.better': 'On the {heldOut} newest leads, held out of the fit, the suggestion ranks the leads that {outcome} higher than the current model does (AUC {suggested} vs {current}, {p}): worth reviewing and signing as a new version.',
  'suggest.verdict.notBetter': 'On the {heldOut} newest leads, held out of the fit, the suggestion does not rank the leads that {outcome} better than the current model (AUC {suggested} vs {current}, {p}): not an improvement; keep the current model.',
};
