// The list views force-app ships (objects/<Object>/listViews), as the org's
// list view pages read them: label, columns, filters. The workbench's lead
// list shows them beside "all leads"; a filter operation it does not play is
// named when the views are read, never skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const xml = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === 'columns' || name === 'filters' });

/** The ListView filter operations the list plays, as UI API GraphQL operators. */
export const LIST_VIEW_OPERATIONS = { equals: 'eq', notEqual: 'ne', lessThan: 'lt', greaterThan: 'gt', lessOrEqual: 'lte', greaterOrEqual: 'gte' };

export function loadListViews({ forceAppDir, objectApiName }) {
    const dir = join(forceAppDir, 'objects', objectApiName, 'listViews');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
        .filter((f) => f.endsWith('.listView-meta.xml'))
        .sort()
        .map((file) => {
            const view = xml.parse(readFileSync(join(dir, file), 'utf8')).ListView;
            const filters = (view.filters || []).map((f) => {
                if (!LIST_VIEW_OPERATIONS[f.operation]) throw new Error(`list view ${objectApiName}.${view.fullName}: the workbench does not play the filter operation ${f.operation}`);
                return { field: String(f.field), operator: LIST_VIEW_OPERATIONS[f.operation], value: String(f.value) };
            });
            if (view.booleanFilter) throw new Error(`list view ${objectApiName}.${view.fullName}: the workbench does not play booleanFilter`);
            return { name: String(view.fullName), label: String(view.label), columns: (view.columns || []).map(String), filters };
        });
}
