// What inside sales does with an MQL: accept it (SAL), reject it with one of
// the agreed reasons, or send it back to nurture. The chosen reason is held by
// the card, so a stale refusal and reload keep it.
import { Button, ButtonRow, Flex, Select, Text } from '@hubspot/ui-extensions';
import { REJECT_REASONS, type Lang } from './core';
import { chrome } from './chrome';

export type HandoffAction = 'accept' | 'reject' | 'recycle';

export interface HandoffActionsProps {
  lang: Lang;
  /** Only an MQL can be accepted, rejected or recycled. */
  isMql: boolean;
  /** Reason ids allowed by the program's handoff rules (all when empty). */
  allowedReasons: readonly string[];
  reason: string;
  onReasonChange: (reason: string) => void;
  onAction: (action: HandoffAction) => void;
  busy: boolean;
}

export function HandoffActions({ lang, isMql, allowedReasons, reason, onReasonChange, onAction, busy }: HandoffActionsProps) {
  if (!isMql) return <Text testId="handoff-not-mql">{chrome(lang, 'handoff.notMql')}</Text>;
  const reasons = REJECT_REASONS.filter((r) => allowedReasons.length === 0 || allowedReasons.includes(r.id));
  return (
    <Flex direction="column" gap="xs">
      <Select
        testId="handoff-reason"
        name="rejectReason"
        label={chrome(lang, 'handoff.reason')}
        description={chrome(lang, 'handoff.reasonHint')}
        value={reason}
        options={reasons.map((r) => ({ label: r.label[lang], value: r.id }))}
        onChange={(value) => onReasonChange(String(value))}
      />
      <ButtonRow>
        <Button testId="handoff-accept" variant="primary" disabled={busy} onClick={() => onAction('accept')}>
          {chrome(lang, 'handoff.accept')}
        </Button>
        <Button testId="handoff-reject" variant="destructive" disabled={busy || reason === ''} onClick={() => onAction('reject')}>
          {chrome(lang, 'handoff.reject')}
        </Button>
        <Button testId="handoff-recycle" variant="secondary" disabled={busy} onClick={() => onAction('recycle')}>
          {chrome(lang, 'handoff.recycle')}
        </Button>
      </ButtonRow>
    </Flex>
  );
}
