// The sample portal's people: one HubSpot user per workbench role (the same
// persons as the Salesforce sample users), in a team per department, as the
// extension context describes a user (@hubspot/ui-extensions UserContext).
// The workbench's role switch signs in as them; its language switch sets the
// user's locale, which is how a card picks its language.
export const PORTAL_KEY = 'hubspot.portal';
export const PORTAL_ID = 48210001;
export const TIMEZONE = 'Asia/Tokyo';

// Fixed ids, so a restored sample portal keeps the same owners.
const USER_IDS = { admin: 71000001, marketing: 71000002, insideSales: 71000003, sales: 71000004 };
const TEAM_IDS = { marketing: 5101, insideSales: 5102, sales: 5103 };
const TEAM_NAMES = {
    ja: { marketing: 'マーケティング', insideSales: 'インサイドセールス', sales: '営業' },
    en: { marketing: 'Marketing', insideSales: 'Inside sales', sales: 'Sales' },
};

/** The portal users from the org's sample users (`meta.users`: role -> User id). */
export function portalFromOrg(store, lang) {
    const ids = JSON.parse(store.meta('users') || '{}');
    const users = {};
    for (const [role, sfId] of Object.entries(ids)) {
        const record = store.get(sfId);
        if (!record || !USER_IDS[role]) continue;
        const { FirstName, LastName, Email } = record.fields;
        users[role] = { role, id: USER_IDS[role], firstName: FirstName, lastName: LastName, email: Email, team: TEAM_IDS[role] || null };
    }
    const teams = Object.entries(TEAM_IDS).map(([role, id]) => ({
        id,
        name: TEAM_NAMES[lang][role],
        teammates: Object.values(users).filter((u) => u.team === id).map((u) => u.id),
    }));
    return { portalId: PORTAL_ID, timezone: TIMEZONE, users, teams };
}

export function storedPortal(store) {
    const text = store.meta(PORTAL_KEY);
    return text ? JSON.parse(text) : null;
}

/** A portal user as a card's `context.user`, in the language the workbench shows. */
export function userContext(portal, user, lang) {
    return {
        id: user.id,
        email: user.email,
        emails: [user.email],
        firstName: user.firstName,
        lastName: user.lastName,
        roles: [],
        teams: portal.teams.filter((t) => t.id === user.team),
        locale: lang === 'en' ? 'en-us' : 'ja-jp',
        language: lang,
        permissions: [],
    };
}
