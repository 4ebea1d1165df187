// Plan tasks as HubSpot tasks associated with the program's company. The
// plan task's key and facts travel in a marker on the body's first line,
// `[ma-task key=scoring-rules transition=1->2 owner=marketing items=5,6]`,
// which is how a second run recognises a task it already created.
const TASK_TO_COMPANY = 192;
const TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'COMPLETED', 'DEFERRED'];
const TASK_READ = ['hs_task_subject', 'hs_task_body', 'hs_task_status', 'hs_task_priority', 'hs_timestamp', 'hs_lastmodifieddate'];

const MARKER = /\[ma-task ([^\]]*)\]/;

/** The marker line for a core PlanTask. */
function markerOf(task) {
  const parts = [`key=${task.id}`, `transition=${task.transition}`, `owner=${task.owner}`];
  if (task.checklistItems.length > 0) parts.push(`items=${task.checklistItems.join(',')}`);
  return `[ma-task ${parts.join(' ')}]`;
}

function parseMarker(body) {
  const match = typeof body === 'string' ? MARKER.exec(body) : null;
  if (!match) return null;
  const fields = {};
  for (const pair of match[1].trim().split(/\s+/)) {
    const at = pair.indexOf('=');
    if (at > 0) fields[pair.slice(0, at)] = pair.slice(at + 1);
  }
  if (!fields.key) return null;
  return fields;
}

/** The task body: marker, then one acceptance criterion a line (HubSpot may store the body as HTML). */
function bodyOf(task) {
  return [markerOf(task), ...task.acceptance.map((line) => `- ${line}`)].join('\n');
}

function acceptanceOf(body) {
  return String(body)
    .replace(/<br\s*\/?>|<\/p>|<\/li>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !MARKER.test(line))
    .map((line) => line.replace(/^-\s*/, ''));
}

/** `YYYY-MM-DD` as HubSpot's due timestamp: midnight UTC (09:00 in Japan). */
function dueTimestamp(date) {
  return `${date}T00:00:00.000Z`;
}

/** A HubSpot task as a PlanTaskRecord (FUNCTIONS.md), or null when it carries no marker. */
function toPlanTaskRecord(task) {
  const p = task.properties || {};
  const marker = parseMarker(p.hs_task_body);
  if (!marker) return null;
  const due = p.hs_timestamp ? new Date(p.hs_timestamp) : null;
  return {
    taskId: String(task.id),
    key: marker.key,
    title: p.hs_task_subject || '',
    transition: marker.transition || '',
    owner: marker.owner || '',
    checklistItems: marker.items ? marker.items.split(',').map(Number).filter(Number.isInteger) : [],
    acceptance: acceptanceOf(p.hs_task_body || ''),
    status: p.hs_task_status || 'NOT_STARTED',
    due: due && !Number.isNaN(due.getTime()) ? due.toISOString().slice(0, 10) : null,
    lastModified: lastModifiedOf(task),
  };
}

function lastModifiedOf(object) {
  const p = object.properties || {};
  if (p.hs_lastmodifieddate) return new Date(p.hs_lastmodifieddate).toISOString();
  return object.updatedAt instanceof Date ? object.updatedAt.toISOString() : String(object.updatedAt || '');
}

/**
 * Every task associated with the company (v4 associations, then a batch read), as records with markers.
 * @param {import('@hubspot/api-client').Client} crm
 * @param {string} companyId
 */
async function listPlanTasks(crm, companyId) {
  const ids = [];
  let after;
  do {
    const page = await crm.crm.associations.v4.basicApi.getPage('companies', companyId, 'tasks', after, 500);
    for (const r of page.results) ids.push(String(r.toObjectId));
    after = page.paging && page.paging.next ? page.paging.next.after : undefined;
  } while (after);
  const records = [];
  for (let i = 0; i < ids.length; i += 100) {
    const batch = await crm.crm.objects.tasks.batchApi.read({
      inputs: ids.slice(i, i + 100).map((id) => ({ id })),
      properties: TASK_READ,
      propertiesWithHistory: [],
    });
    for (const task of batch.results) {
      const record = toPlanTaskRecord(task);
      if (record) records.push(record);
    }
  }
  return records.sort((a, b) => (a.due || '').localeCompare(b.due || '') || a.key.localeCompare(b.key));
}

module.exports = {
  TASK_TO_COMPANY,
  TASK_STATUSES,
  TASK_READ,
  bodyOf,
  dueTimestamp,
  lastModifiedOf,
  listPlanTasks,
  markerOf,
  parseMarker,
  toPlanTaskRecord,
};
