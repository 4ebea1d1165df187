// The records one automation run reads, loaded once per object and kept
// current with the run's own writes, so a sweep of every lead (or a clock
// moved over many scheduled runs) reads the store once. Writes go through the
// trigger context as the system (the engine's own writes fire no trigger, as
// the Apex runner bypasses its handlers).
export function createWorld(ctx) {
    const lists = new Map();
    const index = new Map();
    const byWho = new Map();

    function all(apiName) {
        if (!lists.has(apiName)) {
            const rows = ctx.all(apiName);
            lists.set(apiName, rows);
            for (const row of rows) index.set(row.id, row);
        }
        return lists.get(apiName);
    }

    /** The records of `apiName` pointing at a record through one of `fields`, by that record's id. */
    function related(apiName, fields) {
        const key = `${apiName}:${fields.join(',')}`;
        if (!byWho.has(key)) {
            const map = new Map();
            for (const row of all(apiName)) {
                for (const field of fields) {
                    const id = row.fields[field];
                    if (id) map.set(id, [...(map.get(id) || []), row]);
                }
            }
            byWho.set(key, map);
        }
        return byWho.get(key);
    }

    return {
        all,
        get(id) {
            const object = ctx.objectOf(id);
            if (object) all(object);
            return index.get(id) || null;
        },
        /** Tasks about a Lead or Contact (WhoId). */
        tasksOf: (id) => related('Task', ['WhoId']).get(id) || [],
        /** Campaign memberships of a Lead or Contact. */
        membersOf: (id) => related('CampaignMember', ['LeadId', 'ContactId']).get(id) || [],
        update(id, fields) {
            ctx.systemUpdate(id, fields);
            const row = index.get(id);
            if (row) row.fields = ctx.load(id).fields;
        },
        insert(apiName, fields) {
            const id = ctx.systemInsert(apiName, fields);
            const row = ctx.load(id);
            all(apiName).push(row);
            index.set(id, row);
            for (const key of [...byWho.keys()]) if (key.startsWith(`${apiName}:`)) byWho.delete(key);
            return id;
        },
    };
}
