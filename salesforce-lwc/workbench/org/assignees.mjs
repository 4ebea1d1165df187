// Who the handoff rules name, as owners in the local org, resolved as the
// Apex MaAssignees resolves them on the platform:
// - `queue`: a lead queue by its API name (a Group of Type Queue, by
//   DeveloperName). A Contact cannot be owned by a queue: refused for it.
// - `user`: an active user by username, or by a 15- or 18-character User Id.
// - `role`: the active user of the UserRole with that API name (DeveloperName)
//   with the fewest open MQLs (Leads and Contacts with an MQL date and the
//   handoff status waiting, on-time, at-risk or breached: a lead that never
//   became MQL is `waiting` too and is no one's load), counting what this run
//   assigns; the first by Id on a tie.
// The first-touch Task of a queue-owned lead goes to the queue's active user
// member with the fewest open MQLs the same way (a Task cannot be owned by a
// queue). A problem is an Error whose message names what is missing.
const OPEN_STATUSES = new Set(['waiting', 'on-time', 'at-risk', 'breached']);
const USER_ID = /^005[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/;

export class AssigneeError extends Error {}

/** `world.all(apiName)` lists the records of an object ({ id, fields }), as the run sees them now. */
export function createAssignees(world) {
    const users = world.all('User').filter((u) => u.fields.IsActive);
    const byId = (id) => users.find((u) => u.id === id || u.id.slice(0, 15) === String(id).slice(0, 15)) || null;
    const queues = new Map(world.all('Group').filter((g) => g.fields.Type === 'Queue').map((g) => [g.fields.DeveloperName, g.id]));
    const membersOf = (queueId) =>
        world
            .all('GroupMember')
            .filter((m) => m.fields.GroupId === queueId && byId(m.fields.UserOrGroupId))
            .map((m) => byId(m.fields.UserOrGroupId).id)
            .sort();
    const roleIds = new Map(world.all('UserRole').map((r) => [r.fields.DeveloperName, r.id]));
    const load = new Map();
    const loadOf = (userId) => {
        if (!load.has(userId)) {
            const open = [...world.all('Lead'), ...world.all('Contact')].filter((r) => r.fields.OwnerId === userId && r.fields.MA_MQL_At__c && OPEN_STATUSES.has(r.fields.MA_Handoff_Status__c));
            load.set(userId, open.length);
        }
        return load.get(userId);
    };
    /** The least-loaded of `people` (ids in Id order); this run's assignment counts at once. */
    const lightest = (people) => {
        let best = null;
        for (const p of people) if (best === null || loadOf(p) < loadOf(best)) best = p;
        if (best !== null) load.set(best, loadOf(best) + 1);
        return best;
    };

    return {
        /** The owner the assignee names for a record of `objectApiName` (Lead or Contact). */
        ownerFor(assignee, objectApiName) {
            let owner = null;
            if (assignee.kind === 'queue') {
                if (objectApiName === 'Contact') {
                    throw new AssigneeError(`handoff.assignee: a Contact cannot be owned by a queue ("${assignee.value}"); name a user or a role`);
                }
                owner = queues.get(assignee.value) || null;
            } else if (assignee.kind === 'user') {
                const user = users.find((u) => u.fields.Username === assignee.value) || (USER_ID.test(assignee.value) ? byId(assignee.value) : null);
                owner = user ? user.id : null;
            } else {
                const roleId = roleIds.get(assignee.value);
                const people = roleId ? users.filter((u) => u.fields.UserRoleId === roleId).map((u) => u.id).sort() : [];
                owner = lightest(people);
            }
            if (!owner) throw new AssigneeError(`handoff: no active ${assignee.kind} "${assignee.value}" in this org`);
            return owner;
        },
        /** Who gets the first-touch Task of a record owned by `owner`: the owner, or a queue's lightest member (null when it has none). */
        taskOwnerFor(owner) {
            if (owner.startsWith('005')) return owner;
            return lightest(membersOf(owner));
        },
        /** The people a notification to `owner` reaches: the user, or a queue's active members. */
        recipientsOf(owner) {
            return owner.startsWith('005') ? [owner] : membersOf(owner);
        },
        /** The owner's manager (User.ManagerId), or null (a queue, or a user without one). */
        managerOf(owner) {
            const user = byId(owner);
            return user && user.fields.ManagerId ? user.fields.ManagerId : null;
        },
    };
}
