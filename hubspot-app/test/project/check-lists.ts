// Offline checks of the contact list (segment) definitions in lists/: each is
// the body of a create call of HubSpot's v3 Lists API (POST /crm/v3/lists/), a
// DYNAMIC contact list whose root OR branch holds AND branches (the structure
// the API requires for filters), and every property filter names a contact
// property the app creates, with an operator of its operation type.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from './check-project';

const { CONTACT_PROPERTIES } = require('../../src/app/functions/fn-properties.cjs') as { CONTACT_PROPERTIES: { name: string }[] };

/** Operators per operation type, as the list filter reference names them (only the ones these lists need). */
const OPERATORS: Record<string, string[]> = {
  ALL_PROPERTY: ['IS_KNOWN', 'IS_UNKNOWN'],
  NUMBER: ['IS_EQUAL_TO', 'IS_NOT_EQUAL_TO', 'IS_GREATER_THAN', 'IS_GREATER_THAN_OR_EQUAL_TO', 'IS_LESS_THAN', 'IS_LESS_THAN_OR_EQUAL_TO'],
  STRING: ['IS_EQUAL_TO', 'IS_NOT_EQUAL_TO', 'CONTAINS', 'DOES_NOT_CONTAIN', 'STARTS_WITH', 'ENDS_WITH'],
};

interface Filter {
  filterType?: string;
  property?: string;
  operation?: { operationType?: string; operator?: string };
}
interface Branch {
  filterBranchType?: string;
  filterBranches?: Branch[];
  filters?: Filter[];
}

export function checkListDefinitions(dir: string): Finding[] {
  const findings: Finding[] = [];
  const properties = new Set(CONTACT_PROPERTIES.map((p) => p.name));
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const add = (message: string) => findings.push({ file, message });
    let list: { name?: unknown; objectTypeId?: unknown; processingType?: unknown; filterBranch?: Branch };
    try {
      list = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      add(`not JSON: ${(error as Error).message}`);
      continue;
    }
    if (typeof list.name !== 'string' || list.name.trim() === '') add('name: a list needs a name');
    if (list.objectTypeId !== '0-1') add(`objectTypeId: ${String(list.objectTypeId)} is not contacts (0-1)`);
    if (list.processingType !== 'DYNAMIC') add(`processingType: ${String(list.processingType)} is not DYNAMIC`);
    const root = list.filterBranch;
    if (!root || root.filterBranchType !== 'OR') add('filterBranch: the root branch must be OR');
    const branches = root?.filterBranches ?? [];
    if (branches.length === 0 || branches.some((b) => b.filterBranchType !== 'AND')) add('filterBranch.filterBranches: the root holds AND branches');
    branches.forEach((branch, i) =>
      (branch.filters ?? []).forEach((filter, j) => {
        const at = `filterBranch.filterBranches[${i}].filters[${j}]`;
        if (filter.filterType !== 'PROPERTY') add(`${at}.filterType: only PROPERTY filters are used here`);
        if (!filter.property || !properties.has(filter.property)) add(`${at}.property: ${String(filter.property)} is not a contact property the app creates`);
        const type = filter.operation?.operationType ?? '';
        if (!(filter.operation?.operator && OPERATORS[type]?.includes(filter.operation.operator))) {
          add(`${at}.operation: ${String(filter.operation?.operator)} is not an operator of ${type || 'no operation type'}`);
        }
      }),
    );
  }
  return findings;
}
