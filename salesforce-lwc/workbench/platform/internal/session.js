// Who is signed in to the local org and in which language. The workbench page
// embeds the sample users (one per role, with the custom permissions their
// permission sets grant) as JSON; the user and language the visitor picked are
// kept in localStorage, and a switch reloads the page, as a new login would on
// the platform (user, language and permissions are fixed for a session).
const ROLES = ['marketing', 'insideSales', 'sales', 'admin'];

function readConfig() {
    const node = typeof document !== 'undefined' ? document.getElementById('wb-config') : null;
    if (!node) return { users: {} };
    try {
        return JSON.parse(node.textContent);
    } catch {
        return { users: {} };
    }
}

function stored(key, allowed, fallback) {
    try {
        const value = window.localStorage.getItem(key);
        return allowed.includes(value) ? value : fallback;
    } catch {
        return fallback;
    }
}

const config = readConfig();

export const role = stored('wb.role', ROLES, 'admin');
export const lang = stored('wb.lang', ['ja', 'en'], 'ja');
export const users = config.users || {};
export const userId = users[role] ? users[role].id : null;
export const apiBase = config.apiBase || '/services/data/v62.0';
/** The list views of force-app's objects, as the server read them from the metadata: { Lead: [{ name, label, columns, filters }] }. */
export const listViews = config.listViews || {};

/** `@salesforce/customPermission/<name>`: true when the signed-in user holds it, undefined otherwise (as the platform answers). */
export function hasCustomPermission(name) {
    const user = users[role];
    return user && Array.isArray(user.customPermissions) && user.customPermissions.includes(name) ? true : undefined;
}

export function switchTo({ role: nextRole, lang: nextLang }) {
    if (nextRole && ROLES.includes(nextRole)) window.localStorage.setItem('wb.role', nextRole);
    if (nextLang && ['ja', 'en'].includes(nextLang)) window.localStorage.setItem('wb.lang', nextLang);
    window.location.reload();
}

export { ROLES };
