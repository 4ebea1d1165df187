// The profile every sample user of the local org has, after Salesforce's
// Standard User profile for the standard objects the app touches: leads,
// contacts and accounts, their activities and campaign memberships may be
// read and written; campaigns and users only read. It grants nothing on the
// MA objects and no custom field (custom fields take field permissions from
// the permission sets); in particular no one may create or edit users through
// the local org's API, the admin included: the admin administers the app
// through MA_Maturity_Admin, not the org.
const CRED = { read: true, create: true, edit: true, delete: true };
const READ = { read: true };

export const STANDARD_USER_PROFILE = {
    name: 'Standard User',
    objects: {
        Lead: CRED,
        Contact: CRED,
        Account: CRED,
        Task: CRED,
        CampaignMember: CRED,
        Campaign: READ,
        User: READ,
    },
};
