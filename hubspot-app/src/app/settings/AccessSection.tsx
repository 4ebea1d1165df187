// Who signs for which department, and who administers the program
// (ma-save-access). The mapping is what signing checks on the server.
import { useState } from 'react';
import { Button, Checkbox, Flex, Input, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { SIGNING_ROLES, t, type SigningRole } from './core';
import { SaveFeedback } from './SaveFeedback';
import { text } from './texts';
import type { Member, SectionProps } from './useSettingsData';
import { useSave } from './useSave';


const toggled = (list: SigningRole[], role: SigningRole, on: boolean): SigningRole[] =>
  SIGNING_ROLES.filter((r) => (r === role ? on : list.includes(r)));

export function AccessSection({ program, admin, lang, call, reload }: SectionProps) {
  const [members, setMembers] = useState<Member[]>(program.members);
  const [newUser, setNewUser] = useState('');
  const { status, save, busy } = useSave(call);
  const update = (i: number, change: Partial<Member>) => setMembers(members.map((m, j) => (j === i ? { ...m, ...change } : m)));
  const submit = async () => {
    if ((await save('ma-save-access', { companyId: program.companyId, access: { members }, expectedRevision: program.revision, lang })) !== null) reload();
  };
  return (
    <Flex direction="column" gap="sm">
      <Text>{text(lang, 'access.intro')}</Text>
      <SaveFeedback status={status} lang={lang} onReload={reload} testId="access" />
      {members.length === 0 ? <Text testId="access-none">{text(lang, 'access.none')}</Text> : null}
      <Table bordered density="condensed" testId="access-table">
        <TableHead>
          <TableRow>
            <TableHeader>{text(lang, 'access.userId')}</TableHeader>
            <TableHeader>{text(lang, 'access.email')}</TableHeader>
            {SIGNING_ROLES.map((role) => (
              <TableHeader key={role}>{t(lang, `role.${role}`)}</TableHeader>
            ))}
            <TableHeader>{text(lang, 'access.admin')}</TableHeader>
            <TableHeader>{text(lang, 'access.remove')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {members.map((m, i) => (
            <TableRow key={m.userId}>
              <TableCell>{m.userId}</TableCell>
              <TableCell>{m.email ?? '—'}</TableCell>
              {SIGNING_ROLES.map((role) => (
                <TableCell key={role}>
                  <Checkbox
                    testId={`access-${m.userId}-${role}`}
                    name={`access-${m.userId}-${role}`}
                    aria-label={`${m.userId} ${t(lang, `role.${role}`)}`}
                    checked={m.departments.includes(role)}
                    readOnly={!admin}
                    onChange={(on) => update(i, { departments: toggled(m.departments, role, on) })}
                  />
                </TableCell>
              ))}
              <TableCell>
                <Checkbox
                  testId={`access-${m.userId}-admin`}
                  name={`access-${m.userId}-admin`}
                  aria-label={`${m.userId} ${text(lang, 'access.admin')}`}
                  checked={m.admin === true}
                  readOnly={!admin}
                  onChange={(on) => update(i, { admin: on })}
                />
              </TableCell>
              <TableCell>
                <Button testId={`access-${m.userId}-remove`} size="xs" disabled={!admin} onClick={() => setMembers(members.filter((_, j) => j !== i))}>
                  {text(lang, 'access.remove')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {admin ? (
        <Flex direction="row" gap="sm" align="end">
          <Input testId="access-new-user" name="newUser" label={text(lang, 'access.newUser')} value={newUser} onChange={(v) => setNewUser(String(v).trim())} />
          <Button
            testId="access-add"
            disabled={!/^\d{1,20}$/.test(newUser) || members.some((m) => m.userId === newUser)}
            onClick={() => {
              setMembers([...members, { userId: newUser, departments: [] }]);
              setNewUser('');
            }}
          >
            {text(lang, 'access.add')}
          </Button>
        </Flex>
      ) : null}
      {admin ? (
        <Button testId="access-save" variant="primary" disabled={busy} onClick={() => void submit()}>
          {busy ? text(lang, 'save.saving') : text(lang, 'access.save')}
        </Button>
      ) : null}
    </Flex>
  );
}
