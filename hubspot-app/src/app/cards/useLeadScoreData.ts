// Lead score card data, read by the card itself with the platform's hooks:
// the contact's stored facts and the score the server stored
// (useCrmProperties), the mapped inputs the stage criteria read and the card
// shows (contact properties, its primary company through useAssociations,
// its meetings through useCrmSearch), and the program (definitions in force,
// handoff rules) through `ma-load-program` (the contact's `ma_program_id`,
// else the default program). The card stores no score: scores, grades and
// MQL stamps are the server's (ma-lifecycle-endpoint, ma-rescore); it only
// shows what the core's engine answers for the contact's data now.
import { useMemo } from 'react';
import { useCrmSearch } from '@hubspot/ui-extensions';
import { useAssociations, useCrmProperties } from '@hubspot/ui-extensions/crm';
import {
  HUBSPOT_FACT_PROPERTY_NAMES,
  hubspotContactFacts,
  hubspotInstant,
  hubspotLead,
  hubspotStoredFacts,
  planHubspotMapping,
  type DefinitionSet,
  type HubspotContactFacts,
  type HubspotScoreLead,
  type Lang,
  type StoredFactsInput,
} from './core';
import type { FetchState } from './fetchState';
import type { CallFunction } from './functions';
import { nowIso, useProgram } from './useProgram';

/** Everything the card reads from the contact besides the mapped inputs. */
export const CONTACT_BASE_PROPERTIES = [...HUBSPOT_FACT_PROPERTY_NAMES, 'ma_program_id', 'ma_evaluated_at', 'hs_lastmodifieddate'];

export interface LeadScoreData {
  contactId: string;
  /** `hs_lastmodifieddate` as read; sent back as `expectedLastModified`. */
  lastModified: string;
  asOf: string;
  programCompanyId: string;
  /** The program has a scoring model (the server scores only then). */
  hasModel: boolean;
  /** The program's scoring model as stored (the card shows the rules behind the score from it, and stores nothing). */
  model: unknown;
  handoffRules: unknown;
  /** The set in force (the last agreed version), or null. */
  definitions: DefinitionSet | null;
  /** The mapped inputs: what stage criteria read, and what the card shows an admin. */
  lead: HubspotScoreLead;
  /** The handoff facts as stageOf and handoffStatus read them. */
  facts: HubspotContactFacts;
  /** The facts as the engine and the handoff actions read them (with the stored score). */
  stored: StoredFactsInput;
  /** When the server last wrote its answer (`ma_evaluated_at`), or null. */
  evaluatedAt: string | null;
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
 * mock-aware hook; tests hand that spy in here instead, and the instant.
 */
export const makeUseLeadScoreData =
  (useSearch: typeof useCrmSearch, now: () => string = nowIso): UseLeadScoreData =>
  ({ contactId, call, lang }) => {
    const base = useCrmProperties(CONTACT_BASE_PROPERTIES);
    const programId = base.isLoading || base.error ? undefined : base.properties.ma_program_id?.trim() || null;
    const program = useProgram({ companyId: programId, call, lang });
    const mapping = program.status === 'ready' ? program.data.program.fieldMapping : {};
    const plan = useMemo(() => planHubspotMapping(mapping), [JSON.stringify(mapping)]); // eslint-disable-line react-hooks/exhaustive-deps
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
        asOf: now(),
        programCompanyId: view.companyId,
        hasModel: view.program.scoringModel !== null && view.program.scoringModel !== undefined,
        model: view.program.scoringModel ?? null,
        handoffRules: view.program.handoffRules,
        // Stages follow the agreed definitions, never a draft still being signed.
        definitions: view.definitions.inForce,
        lead: hubspotLead(
          contactId,
          plan,
          mapped.properties,
          primaryCompany(companies.results),
          meetings.results.map((m) => ({ at: hubspotInstant(m.properties.hs_timestamp), outcome: m.properties.hs_meeting_outcome })),
        ),
        facts: hubspotContactFacts(contactId, base.properties),
        stored: hubspotStoredFacts(base.properties),
        evaluatedAt: hubspotInstant(base.properties.ma_evaluated_at) ?? null,
      },
    };
  };

export const useLeadScoreData: UseLeadScoreData = makeUseLeadScoreData(useCrmSearch);
