// What inside sales does with an MQL: accept it (SAL), reject it with one of
// the agreed set's reasons, or send it back to nurture. Which of them is
// allowed now, why not, and whether it counts as the first touch are the
// core's answer (handoffActionOptions); the card disables what the core does
// not allow and says why. The chosen reason is held by the card, so a stale
// refusal and reload keep it.
import { Button, ButtonRow, Flex, Select, Text } from '@hubspot/ui-extensions';
import { t, type HandoffActionOption, type Lang, type OfferedReason } from './core';
import { chrome } from './chrome';

export type HandoffAction = HandoffActionOption['action'];

export interface HandoffActionsProps {
  lang: Lang;
  options: { actions: HandoffActionOption[]; reasons: OfferedReason[] } | null;
  reason: string;
  onReasonChange: (reason: string) => void;
  onAction: (action: HandoffAction) => void;
  busy: boolean;
}

const VARIANT = { accept: 'primary', reject: 'destructive', recycle: 'secondary' } as const;

export function HandoffActions({ lang, options, reason, onReasonChange, onAction, busy }: HandoffActionsProps) {
  if (!options) return <Text testId="handoff-no-definitions">{chrome(lang, 'lead.noDefinitions')}</Text>;
  const reject = options.actions.find((a) => a.action === 'reject');
  // Why the disabled buttons are disabled, each reason once (the core blocks accept and reject for the same one).
  const whys = [...new Set(options.actions.filter((a) => !a.allowed).map((a) => a.why ?? ''))].filter(Boolean);
  return (
    <Flex direction="column" gap="xs">
      {reject?.allowed ? (
        <Select
          testId="handoff-reason"
          name="rejectReason"
          label={chrome(lang, 'handoff.reason')}
          description={chrome(lang, 'handoff.reasonHint')}
          value={reason}
          options={options.reasons.map((r) => ({ label: r.label, value: r.id }))}
          onChange={(value) => onReasonChange(String(value))}
        />
      ) : null}
      <ButtonRow>
        {options.actions.map((a) => (
          <Button
            key={a.action}
            testId={`handoff-${a.action}`}
            variant={VARIANT[a.action]}
            disabled={busy || !a.allowed || (a.action === 'reject' && reason === '')}
            onClick={() => onAction(a.action)}
          >
            {t(lang, `handoff.action.${a.action}`)}
          </Button>
        ))}
      </ButtonRow>
      {options.actions.some((a) => a.allowed && a.countsAsFirstTouch) ? (
        <Text testId="handoff-first-touch" variant="microcopy">
          {chrome(lang, 'handoff.countsAsFirstTouch')}
        </Text>
      ) : null}
      {whys.length > 0 ? <Text testId="handoff-why">{whys.join(' ')}</Text> : null}
    </Flex>
  );
}
