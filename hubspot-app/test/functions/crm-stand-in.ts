// A local HTTP stand-in for exactly the HubSpot CRM endpoints the app
// functions call, so the real @hubspot/api-client sends real requests:
//   GET/PATCH  /crm/v3/objects/:type/:id
//   POST       /crm/v3/objects/:type/search | batch/create | batch/read
//   GET        /crm/v4/objects/:from/:id/associations/:to
//   GET/POST   /crm/v3/properties/:type(/groups) | batch/create
//   POST       /crm/v3/objects/:type/batch/update
//   POST       /crm/v4/associations/:from/:to/batch/read
//   GET        /crm/v3/owners                   (owners and their teams)
//   GET        /oauth/v1/access-tokens/:token   (who a token belongs to)
//   GET        /settings/v3/users/:userId       (is the user a super admin)
// It answers like HubSpot where the functions depend on it (unknown
// properties refused with 400 PROPERTY_DOESNT_EXIST, 404 OBJECT_NOT_FOUND,
// hs_lastmodifieddate moved on every write, every value a property held kept
// in its history, one token per user) and records every request. It is
// honest about concurrency: requests are served as they arrive, each after
// `latencyMs`, so concurrent callers interleave their reads and writes the
// way they do against HubSpot. Rate limits can be switched on per route
// (`throttle`): a request over the limit is answered 429 RATE_LIMITS with a
// Retry-After header, as HubSpot answers a burst.
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export type Props = Record<string, string | null>;
export interface CrmObject {
  id: string;
  properties: Props;
  createdAt: string;
  updatedAt: string;
}
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}
interface PropertyDef {
  name: string;
  type: string;
  fieldType?: string;
  groupName?: string;
  label?: string;
}
/** One value a property held, as HubSpot's `propertiesWithHistory` lists it. */
export interface HistoryEntry {
  value: string;
  timestamp: string;
  sourceType: string;
  updatedByUserId?: number;
}
/** A HubSpot user and the token the platform hands a function run on their behalf. */
export interface StandInUser {
  userId: number;
  email: string;
  token: string;
  superAdmin: boolean;
  /** false: the app's own token (not a user's), as a function run without a user would hold. */
  userLevel: boolean;
}

/** Everything the stand-in holds, as plain JSON: what the workbench's HubSpot preview persists. */
export interface CrmState {
  objects: Record<string, CrmObject[]>;
  properties: Record<string, PropertyDef[]>;
  groups: Record<string, string[]>;
  associations: Record<string, string[]>;
  links?: Record<string, Link[]>;
  /** Every value each property held (`companies:7` -> property -> values, oldest first). */
  history?: Record<string, Record<string, HistoryEntry[]>>;
  nextId: number;
  clock: number;
}
interface Fault {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
}
/** A rate limit on the requests matching method and path: at most `limit` in any `windowMs`. */
interface Throttle {
  method: string;
  path: RegExp;
  limit: number;
  windowMs: number;
  served: number[];
  refused: number;
}
/** A HubSpot owner (a user who can own records), with the teams HubSpot lists for them. */
export interface StandInOwner {
  id: string;
  email: string;
  userId: number;
  teams: { id: string; name: string; primary: boolean }[];
}
/** An association as the v4 API lists it. */
interface Link {
  toObjectId: string;
  typeId: number;
  label: string | null;
}

/** Properties HubSpot defines itself (a subset: what the functions read or write). */
const BUILT_IN: Record<string, string[]> = {
  companies: ['name', 'domain', 'createdate', 'hs_lastmodifieddate', 'hs_object_id', 'numberofemployees', 'industry', 'annualrevenue'],
  contacts: [
    'email',
    'firstname',
    'lastname',
    'createdate',
    'hs_lastmodifieddate',
    'hs_object_id',
    'hs_analytics_source',
    'hubspot_owner_id',
    // What the app's default field mapping reads.
    'jobtitle',
    'country',
    'lifecyclestage',
    'hs_analytics_last_visit_timestamp',
    'hs_email_last_open_date',
    'hs_email_last_click_date',
    'recent_conversion_date',
  ],
  tasks: [
    'hs_task_subject',
    'hs_task_body',
    'hs_task_status',
    'hs_task_priority',
    'hs_task_type',
    'hs_timestamp',
    'hubspot_owner_id',
    'hs_createdate',
    'hs_lastmodifieddate',
    'hs_object_id',
  ],
  // Read by the lead score card (its meetings, through the CRM search).
  meetings: ['hs_timestamp', 'hs_meeting_title', 'hs_meeting_outcome', 'hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
};

const TASK_TO_COMPANY = 192;
const TASK_TO_CONTACT = 204;

export class CrmStandIn {
  readonly token = 'test-token';
  readonly requests: RecordedRequest[] = [];
  /** Delay before each request is served; > 0 lets concurrent callers interleave. */
  latencyMs = 0;
  readonly hubId = 4711;
  private users = new Map<string, StandInUser>();
  private history = new Map<string, Map<string, HistoryEntry[]>>();
  private nextUserId = 101;
  private server: Server | null = null;
  private objects = new Map<string, Map<string, CrmObject>>();
  private properties = new Map<string, Map<string, PropertyDef>>();
  private groups = new Map<string, Set<string>>();
  /** `companies:1` -> task ids */
  private associations = new Map<string, Set<string>>();
  private faults: Fault[] = [];
  private throttles: Throttle[] = [];
  /** `contacts:7:companies` -> the associated records (v4), for the batch association reads. */
  private links = new Map<string, Link[]>();
  private owners: StandInOwner[] = [];
  private nextId = 1000;
  /**
   * A clock of its own, one millisecond per write, so modification times
   * differ and tests stay deterministic; with `realClock` it keeps up with
   * the real time (still never the same millisecond twice), as HubSpot
   * stamps what it stores.
   */
  private clock = Date.parse('2026-11-20T00:00:00.000Z');
  private readonly realClock: boolean;

  constructor(options: { realClock?: boolean } = {}) {
    this.realClock = options.realClock ?? false;
    for (const [type, names] of Object.entries(BUILT_IN)) {
      const defs = new Map<string, PropertyDef>();
      for (const name of names) defs.set(name, { name, type: 'string' });
      this.properties.set(type, defs);
      this.objects.set(type, new Map());
      this.groups.set(type, new Set());
    }
    // The default token: a super admin's user token, so tests that do not care who calls still run.
    this.users.set(this.token, { userId: 1, email: 'admin@example.com', token: this.token, superAdmin: true, userLevel: true });
  }

  /**
   * A portal user; `token` is what a function run on their behalf receives.
   * `userId`, `email` and `token` may be given (the workbench's preview names
   * its portal's users); otherwise they follow from `name`.
   */
  addUser(name: string, options: { superAdmin?: boolean; userLevel?: boolean; userId?: number; email?: string; token?: string } = {}): StandInUser {
    const user: StandInUser = {
      userId: options.userId ?? this.nextUserId++,
      email: options.email ?? `${name}@example.com`,
      token: options.token ?? `token-${name}`,
      superAdmin: options.superAdmin ?? false,
      userLevel: options.userLevel ?? true,
    };
    if (this.users.has(user.token)) throw new Error(`the token of ${name} is already another user's`);
    this.users.set(user.token, user);
    return user;
  }

  /** Every value the property held, newest first (as HubSpot answers it). */
  historyOf(type: string, id: string, property: string): HistoryEntry[] {
    return [...(this.history.get(`${type}:${id}`)?.get(property) ?? [])].reverse();
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        send(res, 500, { status: 'error', category: 'INTERNAL_ERROR', message: String(error) });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    await new Promise<void>((resolve, reject) => this.server!.close((e) => (e ? reject(e) : resolve())));
    this.server = null;
  }

  /** Declares custom properties as if ma-setup-properties had run. */
  defineProperties(type: string, defs: PropertyDef[]): void {
    const map = this.properties.get(type)!;
    for (const def of defs) map.set(def.name, def);
  }

  propertyNames(type: string): string[] {
    return [...this.properties.get(type)!.keys()];
  }

  hasGroup(type: string, name: string): boolean {
    return this.groups.get(type)!.has(name);
  }

  seed(type: string, properties: Props, id?: string): CrmObject {
    const object = this.create(type, properties, id);
    return object;
  }

  get(type: string, id: string): CrmObject | undefined {
    return this.objects.get(type)!.get(id);
  }

  all(type: string): CrmObject[] {
    return [...this.objects.get(type)!.values()];
  }

  /** Changes a record behind the functions' back (another user's edit). */
  touch(type: string, id: string, properties: Props): void {
    const object = this.objects.get(type)!.get(id)!;
    this.write(type, object, properties);
  }

  /** Associates a task with a company, as a user logging a task on the record would. */
  associateTask(companyId: string, taskId: string): void {
    this.listOf(`companies:${companyId}`).add(taskId);
    this.link('tasks', taskId, 'companies', companyId, TASK_TO_COMPANY, null);
  }

  /** A record's plain list of associated ids (any type), as the v4 object reads without links and the search filter use. */
  private listOf(key: string): Set<string> {
    if (!this.associations.has(key)) this.associations.set(key, new Set());
    return this.associations.get(key)!;
  }

  /** The typed links both ways, as the v4 API lists them. */
  private link(fromType: string, fromId: string, toType: string, toId: string, typeId: number, label: string | null): void {
    const add = (key: string, link: Link) => {
      const list = this.links.get(key) ?? [];
      if (!list.some((l) => l.toObjectId === link.toObjectId && l.typeId === link.typeId)) list.push(link);
      this.links.set(key, list);
    };
    add(`${fromType}:${fromId}:${toType}`, { toObjectId: toId, typeId, label });
    add(`${toType}:${toId}:${fromType}`, { toObjectId: fromId, typeId, label });
  }

  exportState(): CrmState {
    const entries = <V, T>(map: Map<string, V>, f: (v: V) => T): Record<string, T> =>
      Object.fromEntries([...map].map(([k, v]) => [k, f(v)]));
    return structuredClone({
      objects: entries(this.objects, (m) => [...m.values()]),
      properties: entries(this.properties, (m) => [...m.values()]),
      groups: entries(this.groups, (set) => [...set]),
      associations: entries(this.associations, (set) => [...set]),
      links: entries(this.links, (list) => list),
      history: entries(this.history, (byProperty) => entries(byProperty, (values) => values)),
      nextId: this.nextId,
      clock: this.clock,
    });
  }

  /** Replaces everything it holds with a state from exportState (object types it knows are kept even when absent). */
  importState(state: CrmState): void {
    const copy = structuredClone(state);
    for (const [type, list] of Object.entries(copy.objects)) this.objects.set(type, new Map(list.map((o) => [o.id, o])));
    for (const [type, defs] of Object.entries(copy.properties)) this.properties.set(type, new Map(defs.map((d) => [d.name, d])));
    for (const [type, names] of Object.entries(copy.groups)) this.groups.set(type, new Set(names));
    this.associations = new Map(Object.entries(copy.associations).map(([k, ids]) => [k, new Set(ids)]));
    this.links = new Map(Object.entries(copy.links ?? {}));
    this.history = new Map(Object.entries(copy.history ?? {}).map(([key, byProperty]) => [key, new Map(Object.entries(byProperty))]));
    this.nextId = copy.nextId;
    this.clock = copy.clock;
  }

  associatedTasks(companyId: string): string[] {
    return [...(this.associations.get(`companies:${companyId}`) ?? [])];
  }

  /**
   * Associates two records both ways, as HubSpot does (typeId and label as
   * the v4 API lists them, e.g. contact to company 1 "Primary"), and a task
   * with a company as `associateTask` does.
   */
  associate(fromType: string, fromId: string, toType: string, toId: string, typeId = 0, label: string | null = null): void {
    this.link(fromType, fromId, toType, toId, typeId, label);
    // The per-record list (from `fromType`) the `associations.<type>` search filter uses.
    this.listOf(`${fromType}:${fromId}`).add(toId);
    if (fromType === 'tasks' && toType === 'companies') this.listOf(`companies:${toId}`).add(fromId);
  }

  /** The ids associated with a record (v4). */
  associatedIds(fromType: string, fromId: string, toType: string): string[] {
    return (this.links.get(`${fromType}:${fromId}:${toType}`) ?? []).map((l) => l.toObjectId);
  }

  /** An owner HubSpot would list under /crm/v3/owners. */
  addOwner(owner: StandInOwner): StandInOwner {
    this.owners.push(owner);
    return owner;
  }

  /**
   * From now on, at most `limit` requests matching method and path are
   * served in any `windowMs`; the others are answered 429 RATE_LIMITS with
   * `Retry-After` (seconds), as HubSpot answers a burst. Returns a reader of
   * how many were refused.
   */
  throttle(method: string, path: RegExp, limit: number, windowMs: number): { refused: () => number } {
    const rule: Throttle = { method, path, limit, windowMs, served: [], refused: 0 };
    this.throttles.push(rule);
    return { refused: () => rule.refused };
  }

  /** The next request matching method and path answers `status` with `body` instead. */
  failNext(method: string, path: RegExp, status: number, body: unknown): void {
    this.faults.push({ method, path, status, body });
  }

  private now(): string {
    this.clock = this.realClock ? Math.max(this.clock + 1, Date.now()) : this.clock + 1;
    return new Date(this.clock).toISOString();
  }

  private record(type: string, id: string, properties: Props, at: string, userId?: number): void {
    const key = `${type}:${id}`;
    if (!this.history.has(key)) this.history.set(key, new Map());
    const byProperty = this.history.get(key)!;
    for (const [name, value] of Object.entries(properties)) {
      if (value === null || value === undefined) continue;
      if (!byProperty.has(name)) byProperty.set(name, []);
      byProperty.get(name)!.push({ value, timestamp: at, sourceType: 'INTEGRATION', ...(userId ? { updatedByUserId: userId } : {}) });
    }
  }

  private create(type: string, properties: Props, id?: string): CrmObject {
    const at = this.now();
    const objectId = id ?? String(this.nextId++);
    const object: CrmObject = {
      id: objectId,
      properties: { ...properties, hs_object_id: objectId, createdate: at, hs_lastmodifieddate: at },
      createdAt: at,
      updatedAt: at,
    };
    this.objects.get(type)!.set(objectId, object);
    this.record(type, objectId, properties, at);
    return object;
  }

  private write(type: string, object: CrmObject, properties: Props, userId?: number): void {
    const at = this.now();
    Object.assign(object.properties, properties, { hs_lastmodifieddate: at });
    object.updatedAt = at;
    this.record(type, object.id, properties, at, userId);
  }

  /** Seeds a property's past values (oldest first) as if written at those instants. */
  seedHistory(type: string, id: string, property: string, entries: { value: string; timestamp: string }[]): void {
    const object = this.objects.get(type)!.get(id)!;
    for (const entry of entries) {
      this.record(type, id, { [property]: entry.value }, entry.timestamp);
      object.properties[property] = entry.value;
    }
  }

  private unknownProperties(type: string, names: string[]): string[] {
    const defs = this.properties.get(type);
    return defs ? names.filter((n) => !defs.has(n)) : names;
  }

  private view(type: string, object: CrmObject, requested: string[], withHistory: string[] = []) {
    const properties: Props = {};
    const names = requested.length > 0 ? requested : ['createdate', 'hs_lastmodifieddate', 'hs_object_id'];
    for (const name of names) {
      if (this.properties.get(type)!.has(name)) properties[name] = object.properties[name] ?? null;
    }
    const history: Record<string, HistoryEntry[]> = {};
    for (const name of withHistory) {
      if (this.properties.get(type)!.has(name)) history[name] = this.historyOf(type, object.id, name);
    }
    return {
      id: object.id,
      properties,
      ...(withHistory.length > 0 ? { propertiesWithHistory: history } : {}),
      createdAt: object.createdAt,
      updatedAt: object.updatedAt,
      archived: false,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    this.requests.push({ method, path: url.pathname, query: url.searchParams, body });
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));

    const caller = this.users.get(String(req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!caller) {
      return send(res, 401, { status: 'error', category: 'INVALID_AUTHENTICATION', message: 'Authentication credentials not found.' });
    }
    const faultIndex = this.faults.findIndex((f) => f.method === method && f.path.test(url.pathname));
    if (faultIndex >= 0) {
      const [fault] = this.faults.splice(faultIndex, 1) as [Fault];
      return send(res, fault.status, fault.body);
    }
    const over = this.overLimit(method, url.pathname);
    if (over) {
      return send(
        res,
        429,
        { status: 'error', category: 'RATE_LIMITS', message: `You have reached your secondly limit.`, policyName: 'SECONDLY' },
        { 'retry-after': String(Math.max(0, Math.ceil(over.windowMs / 1000) - 1)) },
      );
    }

    const parts = url.pathname.split('/').filter(Boolean);
    const requested = url.searchParams.getAll('properties').flatMap((p) => p.split(',')).filter(Boolean);
    const withHistory = url.searchParams.getAll('propertiesWithHistory').flatMap((p) => p.split(',')).filter(Boolean);

    // /oauth/v1/access-tokens/:token — the token's metadata (HubSpot's OAuth v1 API).
    if (parts[0] === 'oauth' && parts[1] === 'v1' && parts[2] === 'access-tokens' && parts[3] && method === 'GET') {
      const owner = this.users.get(decodeURIComponent(parts[3]));
      if (!owner) return send(res, 404, { status: 'error', category: 'OBJECT_NOT_FOUND', message: 'token not found' });
      return send(res, 200, {
        token: owner.token,
        user: owner.email,
        user_id: owner.userLevel ? owner.userId : 1,
        hub_id: this.hubId,
        app_id: 99,
        scopes: ['oauth'],
        token_type: 'access',
        expires_in: 900,
        is_private_distribution: true,
        signed_access_token: { userId: owner.userLevel ? owner.userId : 1, installingUserId: 1, hubId: this.hubId, appId: 99, isUserLevel: owner.userLevel },
      });
    }
    // /settings/v3/users/:userId — the user, with the super-admin flag.
    if (parts[0] === 'settings' && parts[1] === 'v3' && parts[2] === 'users' && parts[3] && method === 'GET') {
      const user = [...this.users.values()].find((u) => String(u.userId) === parts[3]);
      if (!user) return send(res, 404, { status: 'error', category: 'OBJECT_NOT_FOUND', message: 'user not found' });
      return send(res, 200, { id: String(user.userId), email: user.email, superAdmin: user.superAdmin, roleIds: [], secondaryTeamIds: [] });
    }

    // /crm/v3/owners — owners with their teams (one page).
    if (parts[0] === 'crm' && parts[1] === 'v3' && parts[2] === 'owners' && method === 'GET') {
      return send(res, 200, {
        results: this.owners.map((o) => ({ ...o, type: 'PERSON', archived: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' })),
      });
    }
    // /crm/v4/associations/:from/:to/batch/read
    if (parts[0] === 'crm' && parts[1] === 'v4' && parts[2] === 'associations' && parts[5] === 'batch' && parts[6] === 'read' && method === 'POST') {
      const inputs = (body as { inputs: { id: string }[] }).inputs;
      const results = inputs
        .map((i) => ({ id: String(i.id), links: this.links.get(`${parts[3]}:${i.id}:${parts[4]}`) ?? [] }))
        .filter((r) => r.links.length > 0)
        .map((r) => ({
          from: { id: r.id },
          to: r.links.map((l) => ({ toObjectId: Number(l.toObjectId), associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: l.typeId, label: l.label }] })),
        }));
      const at = new Date(this.clock).toISOString();
      return send(res, 200, { status: 'COMPLETE', results, startedAt: at, completedAt: at });
    }
    // /crm/v4/objects/:from/:id/associations/:to — the records of type :to (typed links), else the
    // record's plain list (a company's tasks as associateTask and task creation keep them).
    if (parts[0] === 'crm' && parts[1] === 'v4' && parts[2] === 'objects' && parts[4] && parts[5] === 'associations') {
      const typed = parts[6] ? this.links.get(`${parts[3]}:${parts[4]}:${parts[6]}`) : undefined;
      const listed: Link[] = typed ?? [...(this.associations.get(`${parts[3]}:${parts[4]}`) ?? [])].map((id) => ({ toObjectId: id, typeId: TASK_TO_COMPANY - 1, label: null }));
      const limit = Number(url.searchParams.get('limit') ?? '500');
      const start = Number(url.searchParams.get('after') ?? '0');
      const slice = listed.slice(start, start + limit);
      const more = start + limit < listed.length;
      return send(res, 200, {
        results: slice.map((link) => ({
          toObjectId: Number(link.toObjectId),
          associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: link.typeId, label: link.label }],
        })),
        ...(more ? { paging: { next: { after: String(start + limit), link: '' } } } : {}),
      });
    }

    if (parts[0] !== 'crm' || parts[1] !== 'v3') return send(res, 404, notFound(url.pathname));

    if (parts[2] === 'properties') return this.handleProperties(method, parts.slice(3), body, res);
    if (parts[2] !== 'objects') return send(res, 404, notFound(url.pathname));

    const type = parts[3] ?? '';
    const store = this.objects.get(type);
    if (!store) return send(res, 400, { status: 'error', category: 'VALIDATION_ERROR', message: `Unknown object type ${type}` });
    const rest = parts.slice(4) as [string, ...string[]];

    if (rest.length === 1 && rest[0] === 'search' && method === 'POST') return this.search(type, body, res);
    if (rest.length === 2 && rest[0] === 'batch' && rest[1] === 'create' && method === 'POST') return this.batchCreate(type, body, res);
    if (rest.length === 2 && rest[0] === 'batch' && rest[1] === 'read' && method === 'POST') return this.batchRead(type, body, res);
    if (rest.length === 2 && rest[0] === 'batch' && rest[1] === 'update' && method === 'POST') return this.batchUpdate(type, body, res, caller.userId);
    if (rest.length === 1) {
      const object = store.get(rest[0]);
      if (!object) return send(res, 404, { status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Object not found.  objectId are usually numeric.' });
      if (method === 'GET') return send(res, 200, this.view(type, object, requested, withHistory));
      if (method === 'PATCH') {
        const props = ((body as { properties?: Props }).properties ?? {}) as Props;
        const unknown = this.unknownProperties(type, Object.keys(props));
        if (unknown.length > 0) return send(res, 400, propertyMissing(unknown));
        this.write(type, object, props, caller.userId);
        return send(res, 200, this.view(type, object, Object.keys(object.properties)));
      }
    }
    return send(res, 405, { status: 'error', category: 'VALIDATION_ERROR', message: `${method} ${url.pathname} is not served by the stand-in` });
  }

  private search(type: string, body: unknown, res: ServerResponse): void {
    const request = body as {
      filterGroups?: { filters: { propertyName: string; operator: string; value?: string }[] }[];
      properties?: string[];
      limit?: number;
      after?: string;
      sorts?: { propertyName: string; direction: 'ASCENDING' | 'DESCENDING' }[];
    };
    const groups = request.filterGroups ?? [];
    const matches = (object: CrmObject) =>
      groups.length === 0 ||
      groups.some((g) =>
        g.filters.every((f) => {
          // `associations.contact EQ 51`: the record is associated with contact 51.
          const associated = /^associations\.(\w+)$/.exec(f.propertyName);
          if (associated) return f.operator === 'EQ' && (this.associations.get(`${associated[1]}s:${f.value}`)?.has(object.id) ?? false);
          const value = object.properties[f.propertyName];
          switch (f.operator) {
            case 'EQ':
              return value !== null && value !== undefined && String(value) === String(f.value);
            case 'HAS_PROPERTY':
              return value !== null && value !== undefined && value !== '';
            case 'NOT_HAS_PROPERTY':
              return value === null || value === undefined || value === '';
            case 'GT':
              return value !== null && value !== undefined && value !== '' && compare(value, f.value) > 0;
            default:
              throw new Error(`operator ${f.operator} is not served by the stand-in`);
          }
        }),
      );
    const sort = request.sorts?.[0];
    const all = this.all(type)
      .filter(matches)
      .sort((a, b) => Number(a.id) - Number(b.id))
      .sort((a, b) => (sort ? compare(a.properties[sort.propertyName], b.properties[sort.propertyName]) * (sort.direction === 'DESCENDING' ? -1 : 1) : 0));
    const limit = Math.min(request.limit ?? 10, 200);
    const start = Number(request.after ?? '0');
    const page = all.slice(start, start + limit);
    const more = start + limit < all.length;
    send(res, 200, {
      total: all.length,
      results: page.map((o) => this.view(type, o, request.properties ?? [])),
      ...(more ? { paging: { next: { after: String(start + limit), link: '' } } } : {}),
    });
  }

  private batchCreate(type: string, body: unknown, res: ServerResponse): void {
    const inputs = (body as { inputs: { properties: Props; associations?: { to: { id: string }; types: { associationTypeId: number }[] }[] }[] }).inputs;
    for (const input of inputs) {
      const unknown = this.unknownProperties(type, Object.keys(input.properties));
      if (unknown.length > 0) return send(res, 400, propertyMissing(unknown));
    }
    const startedAt = new Date(this.clock).toISOString();
    const created = inputs.map((input) => {
      const object = this.create(type, input.properties);
      for (const association of input.associations ?? []) {
        if (type === 'tasks' && association.types.some((t) => t.associationTypeId === TASK_TO_COMPANY)) {
          this.associateTask(String(association.to.id), object.id);
        }
        if (type === 'tasks' && association.types.some((t) => t.associationTypeId === TASK_TO_CONTACT)) {
          this.associate('tasks', object.id, 'contacts', String(association.to.id), TASK_TO_CONTACT);
        }
      }
      return this.view(type, object, Object.keys(input.properties));
    });
    send(res, 201, { status: 'COMPLETE', results: created, startedAt, completedAt: new Date(this.clock).toISOString() });
  }

  /** Batch update: every input checked first (an unknown property or record refuses the whole batch, as HubSpot does). */
  private batchUpdate(type: string, body: unknown, res: ServerResponse, userId: number): void {
    const inputs = (body as { inputs: { id: string; properties: Props }[] }).inputs;
    const store = this.objects.get(type)!;
    for (const input of inputs) {
      const unknown = this.unknownProperties(type, Object.keys(input.properties));
      if (unknown.length > 0) return send(res, 400, propertyMissing(unknown));
      if (!store.has(String(input.id))) return send(res, 404, { status: 'error', category: 'OBJECT_NOT_FOUND', message: `Object ${input.id} not found.` });
    }
    const startedAt = new Date(this.clock).toISOString();
    const results = inputs.map((input) => {
      const object = store.get(String(input.id))!;
      this.write(type, object, input.properties, userId);
      return this.view(type, object, Object.keys(input.properties));
    });
    send(res, 200, { status: 'COMPLETE', results, startedAt, completedAt: new Date(this.clock).toISOString() });
  }

  /** The throttle a request breaks, after counting it against every throttle it matches. */
  private overLimit(method: string, path: string): Throttle | null {
    const now = Date.now();
    for (const rule of this.throttles) {
      if (rule.method !== method || !rule.path.test(path)) continue;
      rule.served = rule.served.filter((at) => now - at < rule.windowMs);
      if (rule.served.length >= rule.limit) {
        rule.refused += 1;
        return rule;
      }
      rule.served.push(now);
    }
    return null;
  }

  private batchRead(type: string, body: unknown, res: ServerResponse): void {
    const request = body as { inputs: { id: string }[]; properties?: string[] };
    const startedAt = new Date(this.clock).toISOString();
    const results = request.inputs
      .map((i) => this.objects.get(type)!.get(String(i.id)))
      .filter((o): o is CrmObject => Boolean(o))
      .map((o) => this.view(type, o, request.properties ?? []));
    send(res, 200, { status: 'COMPLETE', results, startedAt, completedAt: startedAt });
  }

  private handleProperties(method: string, rest: string[], body: unknown, res: ServerResponse): void {
    const type = rest[0] ?? '';
    const defs = this.properties.get(type);
    if (!defs) return send(res, 400, { status: 'error', category: 'VALIDATION_ERROR', message: `Unknown object type ${type}` });
    if (rest.length === 1 && method === 'GET') {
      return send(res, 200, { results: [...defs.values()].map((d) => propertyView(d)) });
    }
    if (rest.length === 2 && rest[1] === 'groups') {
      if (method === 'GET') {
        return send(res, 200, { results: [...this.groups.get(type)!].map((name) => ({ name, label: name, displayOrder: 0, archived: false })) });
      }
      if (method === 'POST') {
        const group = body as { name: string; label: string };
        if (this.groups.get(type)!.has(group.name)) return send(res, 409, { status: 'error', category: 'CONFLICT', message: 'group exists' });
        this.groups.get(type)!.add(group.name);
        return send(res, 201, { name: group.name, label: group.label, displayOrder: 0, archived: false });
      }
    }
    if (rest.length === 3 && rest[1] === 'batch' && rest[2] === 'create' && method === 'POST') {
      const inputs = (body as { inputs: PropertyDef[] }).inputs;
      for (const input of inputs) {
        if (defs.has(input.name)) return send(res, 409, { status: 'error', category: 'OBJECT_ALREADY_EXISTS', message: `${input.name} exists` });
        if (input.groupName && !this.groups.get(type)!.has(input.groupName)) {
          return send(res, 400, { status: 'error', category: 'VALIDATION_ERROR', message: `group ${input.groupName} does not exist` });
        }
      }
      for (const input of inputs) defs.set(input.name, input);
      const at = new Date(this.clock).toISOString();
      return send(res, 201, { status: 'COMPLETE', results: inputs.map((d) => propertyView(d)), startedAt: at, completedAt: at });
    }
    send(res, 405, { status: 'error', category: 'VALIDATION_ERROR', message: 'not served by the stand-in' });
  }
}

function propertyView(d: PropertyDef) {
  return {
    name: d.name,
    label: d.label ?? d.name,
    type: d.type,
    fieldType: d.fieldType ?? 'text',
    groupName: d.groupName ?? 'information',
    description: '',
    options: [],
  };
}

function propertyMissing(names: string[]) {
  return {
    status: 'error',
    category: 'VALIDATION_ERROR',
    message: `Property values were not valid: ${names.map((n) => `Property "${n}" does not exist`).join(', ')}`,
    errors: names.map((n) => ({ code: 'PROPERTY_DOESNT_EXIST', message: `Property "${n}" does not exist`, context: { propertyName: [n] } })),
  };
}

function notFound(path: string) {
  return { status: 'error', category: 'OBJECT_NOT_FOUND', message: `no route ${path}` };
}

/** Numbers as numbers, instants as instants, anything else as text. */
function compare(a: unknown, b: unknown): number {
  const x = String(a ?? '');
  const y = String(b ?? '');
  if (/^-?\d+(\.\d+)?$/.test(x) && /^-?\d+(\.\d+)?$/.test(y)) return Number(x) - Number(y);
  return x < y ? -1 : x > y ? 1 : 0;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}
