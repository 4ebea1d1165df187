// Answers per department and the alignment gap: shown only when more than one
// role answered, because the seed's point is that departments see it differently.
import { Flex, Heading, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { CHECKLIST, itemLabel, t, type Diagnosis, type Lang, type Role } from './core';
import { chrome } from './chrome';

const mark = (value: boolean | undefined, lang: Lang): string =>
  value === undefined ? '—' : value ? chrome(lang, 'diag.yes') : chrome(lang, 'diag.no');

export function DiagnosisRoles({ diagnosis, lang }: { diagnosis: Diagnosis; lang: Lang }) {
  const roleAnswers = diagnosis.roleAnswers ?? {};
  const roles = Object.keys(roleAnswers) as Role[];
  if (roles.length < 2) return null;
  const disagreements = new Set(diagnosis.alignment?.disagreements ?? []);
  return (
    <Flex direction="column" gap="sm">
      <Heading>{chrome(lang, 'diag.byRole')}</Heading>
      <Table bordered density="condensed" testId="diag-roles">
        <TableHead>
          <TableRow>
            <TableHeader>{chrome(lang, 'diag.item')}</TableHeader>
            {roles.map((role) => (
              <TableHeader key={role}>{t(lang, `role.${role}`)}</TableHeader>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {CHECKLIST.map((item) => (
            <TableRow key={item.number}>
              <TableCell>
                {`${item.number}. ${itemLabel(lang, item.number)}${disagreements.has(item.number) ? ` ⚠ ${chrome(lang, 'diag.disagree')}` : ''}`}
              </TableCell>
              {roles.map((role) => (
                <TableCell key={role}>{mark(roleAnswers[role]?.[String(item.number)], lang)}</TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow>
            <TableCell>{t(lang, 'figure.level')}</TableCell>
            {roles.map((role) => (
              <TableCell key={role} testId={`diag-role-level-${role}`}>
                {String(diagnosis.byRole?.[role] ?? '—')}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
      {diagnosis.alignment ? (
        <Text testId="diag-alignment">
          {chrome(lang, 'diag.alignment', {
            items: diagnosis.alignment.disagreements.join(', ') || '—',
            spread: diagnosis.alignment.levelSpread,
          })}
        </Text>
      ) : null}
    </Flex>
  );
}
