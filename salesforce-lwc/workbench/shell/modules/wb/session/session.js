// The workbench session (role, language, sample users, the org's list views)
// and the server's API, for the shell's own components.
export { role, lang, users, userId, switchTo, ROLES, listViews } from '../../../../platform/internal/session';
export { request, requestUrl } from '../../../../platform/internal/transport';
