// The handoff clock: where the MQL's first touch and acceptance stand against
// the agreed SLA, and what to do next, in the core's words and formats.
import { DescriptionList, DescriptionListItem, Flex, Heading, StatusTag, Text } from '@hubspot/ui-extensions';
import { formatClock, formatMinutes, t, type Lang } from './core';
import { chrome } from './chrome';
import { formatMinute, NONE } from './format';

export interface HandoffView {
  status: 'waiting' | 'on-time' | 'at-risk' | 'breached' | 'accepted' | 'rejected' | 'recycled';
  minutesLeft: number | null;
  minutesOverdue: number | null;
  systemDelayMinutes: number | null;
  repResponseMinutes: number | null;
  firstTouchDueAt: string | null;
  nextAction: { key: string; text: string };
}

const VARIANT: Record<HandoffView['status'], 'danger' | 'warning' | 'info' | 'success' | 'default'> = {
  waiting: 'default',
  'on-time': 'info',
  'at-risk': 'warning',
  breached: 'danger',
  accepted: 'success',
  rejected: 'danger',
  recycled: 'default',
};

export function HandoffClock({ handoff, lang }: { handoff: HandoffView; lang: Lang }) {
  const clock = formatClock(handoff, lang);
  return (
    <Flex direction="column" gap="xs">
      <Heading>{chrome(lang, 'handoff.title')}</Heading>
      <Flex direction="row" gap="sm" align="center">
        <StatusTag testId="handoff-status" variant={VARIANT[handoff.status]}>
          {t(lang, `handoff.status.${handoff.status}`)}
        </StatusTag>
        {clock ? <Text testId="handoff-clock">{clock}</Text> : null}
      </Flex>
      <DescriptionList direction="row">
        <DescriptionListItem label={chrome(lang, 'handoff.dueAt')}>
          <Text>{handoff.firstTouchDueAt ? chrome(lang, 'handoff.dueAtUtc', { at: formatMinute(handoff.firstTouchDueAt) }) : NONE}</Text>
        </DescriptionListItem>
        <DescriptionListItem label={chrome(lang, 'handoff.systemDelay')}>
          <Text>{formatMinutes(handoff.systemDelayMinutes, lang)}</Text>
        </DescriptionListItem>
        <DescriptionListItem label={chrome(lang, 'handoff.repResponse')}>
          <Text>{formatMinutes(handoff.repResponseMinutes, lang)}</Text>
        </DescriptionListItem>
      </DescriptionList>
      <Text testId="handoff-next">{handoff.nextAction.text}</Text>
    </Flex>
  );
}
