// Who the handoff rules' assignee is in HubSpot. The rules name an assignee
// as the core knows it ({ kind: role | queue | user, value }); the program's
// routing (ProgramDoc.routing, saved by an admin) says which HubSpot owner
// or team that is. A team's lead goes to one of its owners, the same one on
// every run for the same contact and cycle (so a retried run assigns no one
// else); a reassignment goes to the next owner of the team. An assignee with
// no routing keeps the contact's own owner: HubSpot's contact owner is who
// receives it. Who could not be resolved is said, never guessed.
const core = require('./maCore.cjs');
const { z } = core;

const OwnerIdSchema = z.string().regex(/^\d{1,20}$/, 'expected a HubSpot owner or team id (digits)');

const RouteSchema = z
  .object({
    kind: z.enum(core.ASSIGNEE_KINDS),
    value: z.string().trim().min(1).max(120),
    ownerId: OwnerIdSchema.optional(),
    teamId: OwnerIdSchema.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.ownerId === undefined) === (r.teamId === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['ownerId'], message: 'give exactly one of "ownerId" or "teamId"' });
    }
  });

const RoutingSchema = z.array(RouteSchema).max(50).superRefine((routes, ctx) => {
  const seen = new Set();
  routes.forEach((r, i) => {
    const key = `${r.kind}:${r.value}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'value'], message: `${key} is routed twice` });
    seen.add(key);
  });
});

/** @typedef {{ kind: string, value: string }} Assignee */
/** @typedef {{ kind: string, value: string, ownerId?: string, teamId?: string }} Route */

/** A stable choice among `ids` for `key` (FNV-1a), so a retried run picks the same owner. */
function stablePick(ids, key) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return ids[hash % ids.length];
}

const describeAssignee = (a) => `${a.kind} ${a.value}`;

/**
 * Resolves assignees for one run: the owners API is read once, when a team
 * is first needed.
 * @param {import('@hubspot/api-client').Client} crm
 * @param {Route[]} routing
 * @param {<T>(request: () => Promise<T>) => Promise<T>} send  a request with the run's back-off
 */
function makeRouter(crm, routing, send) {
  /** @type {Promise<Map<string, string[]>> | null} */
  let teams = null;
  const readTeams = async () => {
    const byTeam = new Map();
    let after;
    do {
      const page = await send(() => crm.crm.owners.ownersApi.getPage(undefined, after, 100, false));
      for (const owner of page.results) {
        for (const team of owner.teams || []) byTeam.set(String(team.id), [...(byTeam.get(String(team.id)) || []), String(owner.id)]);
      }
      after = page.paging && page.paging.next ? page.paging.next.after : undefined;
    } while (after);
    for (const ids of byTeam.values()) ids.sort((a, b) => Number(a) - Number(b));
    return byTeam;
  };

  /**
   * The owner a contact goes to: `{ ownerId }`, or `{ ownerId: null, problem }`.
   * @param {Assignee} assignee
   * @param {{ contactId: string, cycle: string, currentOwner: string | null, reassign: boolean }} at
   */
  return async function ownerFor(assignee, at) {
    const route = routing.find((r) => r.kind === assignee.kind && r.value === assignee.value);
    if (!route) {
      if (!at.reassign && at.currentOwner) return { ownerId: at.currentOwner, problem: null };
      return { ownerId: null, problem: `no HubSpot owner or team is routed for ${describeAssignee(assignee)} (settings: routing)` };
    }
    if (route.ownerId) return { ownerId: route.ownerId, problem: null };
    const members = (await (teams ??= readTeams())).get(String(route.teamId)) || [];
    if (members.length === 0) return { ownerId: null, problem: `team ${route.teamId} (${describeAssignee(assignee)}) has no owners` };
    const current = at.currentOwner ? members.indexOf(at.currentOwner) : -1;
    if (at.reassign && current >= 0) return { ownerId: members[(current + 1) % members.length], problem: null };
    return { ownerId: stablePick(members, `${at.contactId}:${at.cycle}`), problem: null };
  };
}

module.exports = { RoutingSchema, makeRouter };
