// What the score was computed from, as read from HubSpot through the field
// mapping: an admin checks here that the mapping points at the right
// properties.
import { Accordion, DescriptionList, DescriptionListItem, Text } from '@hubspot/ui-extensions';
import type { Lang } from './core';
import { chrome } from './chrome';
import { formatDay } from './format';
import type { HubspotScoreLead } from './core';

export function LeadInputs({ lead, lang }: { lead: HubspotScoreLead; lang: Lang }) {
  const fields = Object.entries(lead.fields);
  const byType = new Map<string, string[]>();
  for (const event of lead.events) byType.set(event.type, [...(byType.get(event.type) ?? []), event.at]);
  return (
    <Accordion testId="score-inputs" title={chrome(lang, 'lead.inputs')} size="sm">
      {fields.length === 0 && byType.size === 0 ? <Text>{chrome(lang, 'lead.noInputs')}</Text> : null}
      <DescriptionList direction="row">
        {fields.map(([field, value]) => (
          <DescriptionListItem key={field} label={field}>
            <Text testId={`score-input-${field}`}>{String(value)}</Text>
          </DescriptionListItem>
        ))}
        {[...byType.entries()].map(([type, dates]) => (
          <DescriptionListItem key={`event-${type}`} label={type}>
            <Text testId={`score-input-event-${type}`}>
              {chrome(lang, 'lead.eventsCounted', { count: dates.length, latest: formatDay([...dates].sort().at(-1)) })}
            </Text>
          </DescriptionListItem>
        ))}
      </DescriptionList>
    </Accordion>
  );
}
