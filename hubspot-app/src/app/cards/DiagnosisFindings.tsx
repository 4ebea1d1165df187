// What stands between the company and the next level: the unchecked items by
// category, answers that contradict each other, and the seed's failure
// patterns with the evidence that triggered each.
import { Accordion, Alert, Flex, Heading, List, Text } from '@hubspot/ui-extensions';
import { CATEGORIES, CHECKLIST, categoryLabel, itemLabel, t, type Diagnosis, type Lang } from './core';
import { chrome } from './chrome';
import { formatDay } from './format';

function Gaps({ diagnosis, lang }: { diagnosis: Diagnosis; lang: Lang }) {
  const gaps = new Set(diagnosis.gaps);
  const unanswered = new Set(diagnosis.unanswered);
  if (gaps.size === 0) return <Text testId="diag-no-gaps">{chrome(lang, 'diag.noGaps')}</Text>;
  return (
    <Flex direction="column" gap="xs">
      {CATEGORIES.map((category) => {
        const inCategory = CHECKLIST.filter((item) => item.category === category && gaps.has(item.number));
        if (inCategory.length === 0) return null;
        return (
          <Flex key={category} direction="column" gap="flush">
            <Text format={{ fontWeight: 'demibold' }}>{categoryLabel(lang, category)}</Text>
            {inCategory.map((item) => (
              <Text key={item.number} testId={`diag-gap-${item.number}`}>
                {`${item.number}. ${itemLabel(lang, item.number)}${unanswered.has(item.number) ? ` (${chrome(lang, 'diag.unanswered')})` : ''}`}
              </Text>
            ))}
          </Flex>
        );
      })}
    </Flex>
  );
}

export function DiagnosisFindings({ diagnosis, lang }: { diagnosis: Diagnosis; lang: Lang }) {
  return (
    <Flex direction="column" gap="sm">
      <Heading>{chrome(lang, 'diag.gaps')}</Heading>
      <Gaps diagnosis={diagnosis} lang={lang} />
      {diagnosis.contradictions.length > 0 ? (
        <>
          <Heading>{chrome(lang, 'diag.contradictions')}</Heading>
          {diagnosis.contradictions.map((c) => (
            <Alert
              key={`${c.item}-${c.requires}`}
              testId={`diag-contradiction-${c.item}-${c.requires}`}
              title={`${c.item} → ${c.requires}`}
              variant="warning"
            >
              {c.explanation}
            </Alert>
          ))}
        </>
      ) : null}
      <Heading>{chrome(lang, 'diag.failurePatterns')}</Heading>
      {!diagnosis.failurePatternsAssessed ? (
        <Text testId="diag-patterns-not-assessed">{t(lang, 'report.failurePatterns.notAssessed')}</Text>
      ) : diagnosis.failurePatterns.length === 0 ? (
        <Text testId="diag-no-patterns">{chrome(lang, 'diag.noPatterns')}</Text>
      ) : (
        diagnosis.failurePatterns.map((pattern) => (
          <Accordion key={pattern.id} testId={`diag-pattern-${pattern.id}`} title={pattern.title} size="sm">
            <Text format={{ fontWeight: 'demibold' }}>{chrome(lang, 'diag.evidence')}</Text>
            <List>
              {pattern.evidence.map((e, i) => (
                <Text key={i}>{evidenceText(e, lang)}</Text>
              ))}
            </List>
            <Text>{pattern.advice}</Text>
          </Accordion>
        ))
      )}
    </Flex>
  );
}

type Evidence = Diagnosis['failurePatterns'][number]['evidence'][number];

/** Evidence in the core's own report wording: which item was (not) checked, or which earlier diagnosis. */
function evidenceText(evidence: Evidence, lang: Lang): string {
  if (evidence.type === 'item') {
    return t(lang, evidence.checked ? 'report.evidence.checked' : 'report.evidence.unchecked', {
      item: evidence.item,
      label: itemLabel(lang, evidence.item),
    });
  }
  return t(lang, 'report.evidence.history', { date: formatDay(evidence.takenAt), level: evidence.level, days: evidence.daysBefore });
}
