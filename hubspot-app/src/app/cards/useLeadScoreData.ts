// Lead score card data, read by the card itself with the platform's hooks:
// the contact's handoff facts and mapped score inputs (useCrmProperties), its
// primary company's fields (useAssociations), its meetings (useCrmSearch), and
// the program (scoring model, definitions, handoff rules) through
// `ma-load-program` (the contact's `ma_program_id`, else the default program).
import { useMemo } from 'react';
import { useCrmSearch } from '@hubspot/ui-extensions';
import { useAssociations, useCrmProperties } from '@hubspot/ui-extensions/crm';
import { CONTACT_BASE_PROPERTIES, factsFromProperties, type ContactFacts } from './contactFacts';
import type { DefinitionSet, Lang } from './core';
import type { FetchState } from './fetchState';
import type { CallFunction } from './functions';
import { buildLead, instantValue, planMapping, type ScoreLeadInput } from './leadMapping';
import { nowIso, useProgram } from './useProgram';

export interface LeadScoreData {
  contactId: string;
  /** `hs_lastmodifieddate` as read; sent back as `expectedLastModified`. */
  lastModified: string;
  asOf: string;
  programCompanyId: string;
  /** The program's scoring model, or null when none was saved yet. */
  model: unknown;
  handoffRules: unknown;
  definitions: DefinitionSet | null;
  lead: ScoreLeadInput;
  facts: ContactFacts;
}

export interface LeadScoreDataArgs {
  contactId: string;
  call: CallFunction;
  lang: Lang;
}

export type UseLeadScoreData = (args: LeadScoreDataArgs) => FetchState<LeadScoreData>;

type AssociationRow = { properties: Record<string, string | null>; associationTypes: { label: string }[] };

/** The primary company when HubSpot labels one, else the first associated company. */
function primaryCompany(results: AssociationRow[]): Record<string, string | null> {
  const primary = results.find((r) => r.associationTypes.some((a) => a.label === 'Primary')) ?? results[0];
  return primary?.properties ?? {};
}

/**
 * The search hook is passed in: in @hubspot/ui-extensions 0.17.0 the test
 * renderer's `mocks.useCrmSearch` is never reached, because `useCrmSearch`
 * (unlike `useCrmProperties` and `useAssociations`) is not wrapped as a
 * mock-aware hook; tests hand that spy in here instead.
 */
export const makeUseLeadScoreData = (useSearch: typeof useCrmSearch): UseLeadScoreData => ({ contactId, call, lang }) => {
  const base = useCrmProperties(CONTACT_BASE_PROPERTIES);
  const programId = base.isLoading || base.error ? undefined : base.properties.ma_program_id?.trim() || null;
  const program = useProgram({ companyId: programId, call, lang });
  const mapping = program.status === 'ready' ? program.data.program.fieldMapping : {};
  const plan = useMemo(() => planMapping(mapping), [JSON.stringify(mapping)]); // eslint-disable-line react-hooks/exhaustive-deps
  const mapped = useCrmProperties(plan.contactProperties);
  const companies = useAssociations({ toObjectType: 'companies', properties: plan.companyProperties, pageLength: 10 });
  const meetings = useSearch({
    objectType: 'meetings',
    properties: ['hs_timestamp', 'hs_meeting_outcome'],
    filterGroups: [{ filters: [{ propertyName: 'associations.contact', operator: 'EQ', value: contactId }] }],
    sorts: [{ propertyName: 'hs_timestamp', direction: 'DESCENDING' }],
    pageLength: 100,
  });

  const reload = () => {
    void base.refetch();
    void mapped.refetch();
    void companies.refetch();
    void meetings.refetch();
    if (program.status === 'ready') program.reload();
  };

  const crmError = base.error ?? mapped.error ?? companies.error ?? meetings.error;
  if (crmError) return { status: 'error', message: crmError.message, retry: reload };
  if (program.status === 'error') return program;
  if (program.status === 'loading' || base.isLoading || mapped.isLoading || companies.isLoading || meetings.isLoading) {
    return { status: 'loading' };
  }
  const view = program.data;
  return {
    status: 'ready',
    reload,
    data: {
      contactId,
      lastModified: base.properties.hs_lastmodifieddate ?? '',
      asOf: nowIso(),
      programCompanyId: view.companyId,
      model: view.program.scoringModel,
      handoffRules: view.program.handoffRules,
      // Stages follow the agreed definitions, never a draft still being signed.
      definitions: view.definitions.inForce,
      lead: buildLead(
        contactId,
        plan,
        mapped.properties,
        primaryCompany(companies.results),
        meetings.results.map((m) => ({ at: instantValue(m.properties.hs_timestamp), outcome: m.properties.hs_meeting_outcome })),
      ),
      facts: factsFromProperties(contactId, base.properties),
    },
  };
};

export const useLeadScoreData: UseLeadScoreData = makeUseLeadScoreData(useCrmSearch);
