// Where each score input is read from in HubSpot (ProgramDoc.fieldMapping,
// ma-save-program): the defaults, overridden or switched off per program.
// The same mapping the contact card and the server's evaluation read.
import { useState } from 'react';
import { Button, Flex, Input, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { HUBSPOT_DEFAULT_FIELD_MAPPING } from './core';
import { SaveFeedback } from './SaveFeedback';
import { text } from './texts';
import type { SectionProps } from './useSettingsData';
import { useSave } from './useSave';


const PROPERTY = /^(company\.)?[a-z0-9_]+$/;

export function MappingSection({ program, admin, lang, call, reload }: SectionProps) {
  const [mapping, setMapping] = useState<Record<string, string>>({ ...HUBSPOT_DEFAULT_FIELD_MAPPING, ...program.fieldMapping });
  const [field, setField] = useState('');
  const [property, setProperty] = useState('');
  const { status, save, busy } = useSave(call);
  const submit = async () => {
    const value = await save('ma-save-program', { companyId: program.companyId, program: { fieldMapping: mapping }, expectedRevision: program.revision, lang });
    if (value !== null) reload();
  };
  return (
    <Flex direction="column" gap="sm">
      <Text>{text(lang, 'mapping.intro')}</Text>
      <SaveFeedback status={status} lang={lang} onReload={reload} testId="mapping" />
      <Table bordered density="condensed" testId="mapping-table">
        <TableHead>
          <TableRow>
            <TableHeader>{text(lang, 'mapping.field')}</TableHeader>
            <TableHeader>{text(lang, 'mapping.property')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {Object.entries(mapping).map(([key, value]) => (
            <TableRow key={key}>
              <TableCell>{key}</TableCell>
              <TableCell>
                <Input
                  testId={`mapping-${key}`}
                  name={`mapping-${key}`}
                  label={key}
                  value={value}
                  readOnly={!admin}
                  error={value !== '' && !PROPERTY.test(value)}
                  onChange={(v) => setMapping({ ...mapping, [key]: String(v).trim() })}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {admin ? (
        <>
          <Flex direction="row" gap="sm" align="end">
            <Input testId="mapping-new-field" name="newField" label={text(lang, 'mapping.newField')} value={field} onChange={(v) => setField(String(v).trim())} />
            <Input testId="mapping-new-property" name="newProperty" label={text(lang, 'mapping.newProperty')} value={property} onChange={(v) => setProperty(String(v).trim())} />
            <Button
              testId="mapping-add"
              disabled={field === '' || field in mapping || !PROPERTY.test(property)}
              onClick={() => {
                setMapping({ ...mapping, [field]: property });
                setField('');
                setProperty('');
              }}
            >
              {text(lang, 'mapping.add')}
            </Button>
          </Flex>
          <Button testId="mapping-save" variant="primary" disabled={busy || Object.values(mapping).some((v) => v !== '' && !PROPERTY.test(v))} onClick={() => void submit()}>
            {busy ? text(lang, 'save.saving') : text(lang, 'mapping.save')}
          </Button>
        </>
      ) : null}
    </Flex>
  );
}
