// Sign-off per department for the current version; the set is agreed only
// when marketing, inside sales and sales have all signed it.
import { Alert, Flex, Heading, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@hubspot/ui-extensions';
import { SIGNING_ROLES, signOffStatus, t, type DefinitionSet, type Lang } from './core';
import { chrome } from './chrome';
import { formatDay, NONE } from './format';

export function DefinitionsSignOff({ set, lang }: { set: DefinitionSet; lang: Lang }) {
  const { missing } = signOffStatus(set);
  return (
    <Flex direction="column" gap="xs">
      <Heading>{chrome(lang, 'defs.signOff')}</Heading>
      <Table bordered density="condensed" testId="defs-signoff">
        <TableHead>
          <TableRow>
            <TableHeader>{chrome(lang, 'defs.role')}</TableHeader>
            <TableHeader>{chrome(lang, 'defs.signedBy')}</TableHeader>
            <TableHeader>{chrome(lang, 'defs.signedAt')}</TableHeader>
            <TableHeader>{chrome(lang, 'defs.comment')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {SIGNING_ROLES.map((role) => {
            const signature = set.signatures.find((s) => s.role === role && s.version === set.version);
            return (
              <TableRow key={role}>
                <TableCell>{t(lang, `role.${role}`)}</TableCell>
                <TableCell testId={`defs-sign-${role}`}>{signature ? signature.by : chrome(lang, 'defs.notSigned')}</TableCell>
                <TableCell>{signature ? formatDay(signature.at) : NONE}</TableCell>
                <TableCell>{signature?.comment ?? NONE}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {set.state === 'agreed' ? (
        <Alert testId="defs-agreed" title={chrome(lang, 'defs.agreed')} variant="success" />
      ) : (
        <Alert testId="defs-waiting" title={chrome(lang, 'defs.waiting')} variant="info">
          {missing.map((role) => t(lang, `role.${role}`)).join('、')}
        </Alert>
      )}
    </Flex>
  );
}
