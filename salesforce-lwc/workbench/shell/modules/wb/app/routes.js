// Hash routes: #/diagnosis, #/plan, #/definitions, #/suggestion, #/kpis (the
// app page's tabs), #/leads (the lead list), #/lead/<id> (a lead's record
// page), #/hubspot. A tab with `adminOnly` is offered to program admins only,
// as the app page's visibility rule shows its component only to them.
export const APP_TABS = [
    { key: 'diagnosis', component: 'maDiagnosis' },
    { key: 'plan', component: 'maPlan' },
    { key: 'definitions', component: 'maDefinitions' },
    { key: 'suggestion', component: 'maSuggestion', adminOnly: true },
    { key: 'kpis', component: 'maFunnel' },
];

export function parseRoute(hash) {
    const parts = String(hash || '').replace(/^#\/?/, '').split('/').filter(Boolean);
    const [page, id] = parts;
    if (page === 'lead' && id && /^[a-zA-Z0-9]{15,18}$/.test(id)) return { page: 'lead', recordId: id };
    if (page === 'leads' || page === 'hubspot') return { page };
    if (APP_TABS.some((t) => t.key === page)) return { page };
    return { page: 'diagnosis' };
}
