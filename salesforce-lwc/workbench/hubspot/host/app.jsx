// The HubSpot-like page around the cards: the local-preview banner, a top
// bar, and record pages laid out as HubSpot lays them out (about this
// record on the left, tabs in the middle where `crm.record.tab` cards go,
// the right sidebar where `crm.record.sidebar` cards go), the contact list
// and the app settings page. Which extension goes where is read from the
// project's hsmeta files (location, objectTypes), so a new card appears by itself.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { userContext } from '../portal.mjs';
import { HostContext, useHost } from './components/base.js';
import { ExtensionHost } from './extension.jsx';

const OBJECT_TYPE_IDS = { COMPANY: '0-2', CONTACT: '0-1' };
const PAGE_SIZE = 25;

function parseRoute(hash, config) {
    const parts = String(hash || '').replace(/^#\/?/, '').split('/').filter(Boolean);
    const [page, id, tab] = parts;
    if (page === 'contacts') return { page: 'contacts', view: id === 'all' ? 'all' : 'mql' };
    if (page === 'contact' && /^\d+$/.test(id || '')) return { page: 'contact', id, tab: tab || 'overview' };
    if (page === 'settings') return { page: 'settings' };
    if (page === 'company' && /^\d+$/.test(id || '')) return { page: 'company', id, tab: tab || 'overview' };
    return { page: 'company', id: config.programCompanyId, tab: 'overview' };
}

function useRoute(config) {
    const [hash, setHash] = useState(window.location.hash);
    useEffect(() => {
        const onChange = () => setHash(window.location.hash);
        window.addEventListener('hashchange', onChange);
        return () => window.removeEventListener('hashchange', onChange);
    }, []);
    return useMemo(() => parseRoute(hash, config), [hash, config]);
}

function useJson(url, round = 0) {
    const [state, setState] = useState({ status: 'loading' });
    useEffect(() => {
        if (!url) return undefined;
        let live = true;
        setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
        fetch(url)
            .then(async (r) => {
                const body = await r.json();
                if (!r.ok) throw new Error(body.message || r.statusText);
                return body;
            })
            .then(
                (data) => live && setState({ status: 'ready', data }),
                (error) => live && setState({ status: 'failed', message: error.message })
            );
        return () => {
            live = false;
        };
    }, [url, round]);
    return state;
}

function useFormat() {
    const { lang, t } = useHost();
    return useMemo(() => {
        const dates = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' });
        const known = (prefix, value) => {
            const key = `${prefix}.${value}`;
            const text = t(key);
            return text === key ? value : text;
        };
        return {
            date: (iso) => (iso ? dates.format(new Date(iso)) : '—'),
            stage: (v) => (v ? known('stage', v) : '—'),
            source: (v) => (v ? known('source', v) : '—'),
            industry: (v) => (v ? known('industry', v) : '—'),
        };
    }, [lang, t]);
}

/** Japanese names read family name first, in either language of the page (as the Salesforce sample shows them). */
const personName = (first, last) => (/[\u3040-\u30ff\u3400-\u9fff]/.test(`${first}${last}`) ? `${last || ''} ${first || ''}` : `${first || ''} ${last || ''}`).trim();
const initials = (name) => [...String(name || '?').replace(/\s+/g, '')].slice(0, 2).join('');

function Banner() {
    const { t } = useHost();
    return (
        <p className="hsp-banner" data-testid="preview-banner">
            <strong className="hsp-banner__title">{t('banner.title')}</strong>
            <span>{t('banner.body')}</span>
        </p>
    );
}

function TopBar({ config, user, route, hasSettings }) {
    const { t } = useHost();
    const name = personName(user.firstName, user.lastName);
    const team = config.portal.teams.find((tm) => tm.id === user.team);
    const link = (href, label, current) => (
        <a href={href} className="hsp-topbar__link" aria-current={current ? 'page' : undefined}>
            {label}
        </a>
    );
    return (
        <header className="hsp-header">
            <Banner />
            <div className="hsp-topbar">
                <span className="hsp-topbar__brand">
                    {config.app ? config.app.name : 'HubSpot'} <span className="hsp-topbar__tag">{t('banner.title')}</span>
                </span>
                <nav aria-label={t('nav.label')} className="hsp-topbar__nav">
                    {link(`#/company/${config.programCompanyId}`, t('nav.company'), route.page === 'company')}
                    {link('#/contacts', t('nav.contacts'), route.page === 'contacts' || route.page === 'contact')}
                    {hasSettings ? link('#/settings', t('nav.settings'), route.page === 'settings') : null}
                </nav>
                <span className="hsp-topbar__user" data-testid="preview-user">
                    <span className="hsp-avatar" aria-hidden="true">
                        {initials(name)}
                    </span>
                    <span>
                        <span className="hs-sr-only">{t('nav.signedIn')}: </span>
                        {name}
                        {team ? ` · ${team.name}` : ''}
                    </span>
                </span>
            </div>
        </header>
    );
}

function Alerts({ alerts, dismiss }) {
    const { t } = useHost();
    return (
        <div className="hsp-alerts" aria-live="polite" data-testid="preview-alerts">
            {alerts.map((a) => (
                <div key={a.id} className={`hs-alert hs-alert--${a.type === 'danger' ? 'danger' : a.type || 'info'}`} data-variant={a.type || 'info'}>
                    <p className="hs-alert__title">{a.title || a.source}</p>
                    <p className="hs-alert__body">{a.message}</p>
                    <button type="button" className="hs-button hs-button--transparent hs-button--xs" onClick={() => dismiss(a.id)}>
                        {t('alert.close')}
                    </button>
                </div>
            ))}
        </div>
    );
}

/** One extension in HubSpot's card frame: the card's title, the app's name, the card. */
function CardFrame({ extension, context, onAlert, onRefreshRecord }) {
    const { lang, t } = useHost();
    const title = extension.title[lang];
    const id = `card-${extension.uid}`;
    return (
        <section className="hsp-card" aria-labelledby={id} data-extension={extension.uid}>
            <header className="hsp-card__header">
                <h2 className="hsp-card__title" id={id}>
                    {title}
                </h2>
                <span className="hsp-card__app">{t('card.app')}</span>
            </header>
            <div className="hsp-card__body">
                <ExtensionHost extension={extension} context={context} onAlert={onAlert} onRefreshRecord={onRefreshRecord} label={title} />
            </div>
        </section>
    );
}

function PropertyList({ items }) {
    return (
        <dl className="hsp-props">
            {items.map(([label, value, testId]) => (
                <div key={label} className="hsp-props__item">
                    <dt>{label}</dt>
                    <dd data-testid={testId}>{value === null || value === undefined || value === '' ? '—' : value}</dd>
                </div>
            ))}
        </dl>
    );
}

function RecordPage({ title, subtitle, properties, tabs, current, base, middle, sidebar, sidebarCards, testId }) {
    const { t } = useHost();
    return (
        <div className={sidebarCards > 0 ? 'hsp-record' : 'hsp-record hsp-record--narrow-sidebar'} data-testid={testId}>
            <section className="hsp-record__left" aria-label={t('record.about')}>
                <div className="hsp-record__identity">
                    <span className="hsp-avatar hsp-avatar--large" aria-hidden="true">
                        {initials(title)}
                    </span>
                    <h1 className="hsp-record__name">{title}</h1>
                    {subtitle ? <p className="hsp-record__subtitle">{subtitle}</p> : null}
                </div>
                <h2 className="hsp-section-title">{t('record.about')}</h2>
                <PropertyList items={properties} />
            </section>
            <div className="hsp-record__middle">
                <nav aria-label={t('record.tabs')} className="hsp-record-tabs">
                    {tabs.map((tab) => (
                        <a key={tab.key} href={`${base}/${tab.key}`} className="hsp-record-tabs__tab" aria-current={tab.key === current ? 'page' : undefined}>
                            {tab.label}
                        </a>
                    ))}
                </nav>
                <div className="hsp-record__content">{middle}</div>
            </div>
            <section className="hsp-record__right" aria-label={t('record.sidebar')}>
                {sidebar}
            </section>
        </div>
    );
}

function placed(config, objectType, location) {
    return config.extensions.filter((e) => e.type === 'card' && e.location === location && e.objectTypes.includes(objectType));
}

function RecordState({ state }) {
    const { t } = useHost();
    if (state.status === 'failed') {
        return (
            <p className="hs-alert hs-alert--danger" role="alert">
                {t('record.notFound')}: {state.message}
            </p>
        );
    }
    return (
        <p className="hs-text" role="status">
            {t('record.loading')}
        </p>
    );
}

/** A record page's data and cards: the record (re-read when a card asks to refresh it), its tabs and sidebar cards. */
function useRecordPage({ config, user, objectType, records, id, onAlert }) {
    const { lang, t } = useHost();
    const [round, setRound] = useState(0);
    const refresh = useCallback(() => setRound((n) => n + 1), []);
    const state = useJson(`/hubspot/api/records/${records}/${id}`, round);
    const contextFor = useCallback(
        (extension) => ({
            location: extension.location,
            user: userContext(config.portal, user, lang),
            portal: { id: config.portal.portalId, timezone: config.portal.timezone },
            crm: { objectId: Number(id), objectTypeId: OBJECT_TYPE_IDS[objectType] },
            extension: { appId: config.app ? config.app.uid : '', appName: config.app ? config.app.name : '', cardTitle: extension.title[lang] },
            variables: {},
        }),
        [config, user, lang, id, objectType]
    );
    const frame = (extension) => <CardFrame key={extension.uid} extension={extension} context={contextFor(extension)} onAlert={onAlert} onRefreshRecord={refresh} />;
    const tabCards = placed(config, objectType, 'crm.record.tab');
    const sideCards = placed(config, objectType, 'crm.record.sidebar');
    return {
        state,
        tabCards,
        tabs: [{ key: 'overview', label: t('record.overview') }, ...tabCards.map((e) => ({ key: e.uid, label: e.title[lang] }))],
        /** The tab's card, or the record's own overview. */
        content: (current, overview) => {
            const card = tabCards.find((e) => e.uid === current);
            return card ? frame(card) : overview;
        },
        sidebar: sideCards.length > 0 ? sideCards.map(frame) : <p className="hs-text hs-text--micro">{t('record.noCards')}</p>,
        sidebarCards: sideCards.length,
    };
}

function CompanyPage({ config, user, route, onAlert }) {
    const { lang, t } = useHost();
    const format = useFormat();
    const page = useRecordPage({ config, user, objectType: 'COMPANY', records: 'companies', id: route.id, onAlert });
    if (page.state.status !== 'ready') return <RecordState state={page.state} />;
    const p = page.state.data.properties;
    const overview = (
        <div className="hsp-overview">
            <h2 className="hsp-section-title">{t('record.appCards')}</h2>
            <ul className="hsp-overview__cards">
                {page.tabCards.map((e) => (
                    <li key={e.uid}>
                        <a href={`#/company/${route.id}/${e.uid}`}>{e.title[lang]}</a>
                    </li>
                ))}
            </ul>
        </div>
    );
    return (
        <RecordPage
            testId="company-record"
            title={p.name}
            subtitle={p.domain}
            properties={[
                [t('prop.domain'), p.domain],
                [t('prop.level'), p.ma_level, 'company-level'],
                [t('prop.industry'), p.industry ? format.industry(p.industry) : null],
            ]}
            tabs={page.tabs}
            current={route.tab}
            base={`#/company/${route.id}`}
            middle={page.content(route.tab, overview)}
            sidebar={page.sidebar}
            sidebarCards={page.sidebarCards}
        />
    );
}

function ContactPage({ config, user, route, onAlert }) {
    const { t } = useHost();
    const format = useFormat();
    const page = useRecordPage({ config, user, objectType: 'CONTACT', records: 'contacts', id: route.id, onAlert });
    if (page.state.status !== 'ready') return <RecordState state={page.state} />;
    const { properties: p, company } = page.state.data;
    const owner = Object.values(config.portal.users).find((u) => String(u.id) === p.hubspot_owner_id);
    const properties = [
        [t('prop.email'), p.email],
        [t('prop.phone'), p.phone],
        [t('prop.jobtitle'), p.jobtitle],
        [t('prop.company'), company ? company.name : p.company],
        [t('prop.lifecycle'), format.stage(p.lifecyclestage), 'contact-lifecycle'],
        [t('prop.source'), format.source(p.hs_analytics_source)],
        [t('prop.owner'), owner ? personName(owner.firstName, owner.lastName) : null],
        [t('prop.score'), p.ma_score, 'contact-score'],
        [t('prop.grade'), p.ma_grade],
        [t('prop.mqlAt'), p.ma_mql_at ? format.date(p.ma_mql_at) : null],
        [t('prop.salAt'), p.ma_sal_at ? format.date(p.ma_sal_at) : null, 'contact-sal-at'],
    ];
    return (
        <RecordPage
            testId="contact-record"
            title={personName(p.firstname, p.lastname)}
            subtitle={p.jobtitle}
            properties={properties}
            tabs={page.tabs}
            current={route.tab}
            base={`#/contact/${route.id}`}
            middle={page.content(route.tab, <PropertyList items={properties.slice(0, 7)} />)}
            sidebar={page.sidebar}
            sidebarCards={page.sidebarCards}
        />
    );
}

function ContactsPage({ route }) {
    const { t } = useHost();
    const format = useFormat();
    const state = useJson(`/hubspot/api/records/contacts?view=${route.view}`);
    const [page, setPage] = useState(1);
    useEffect(() => setPage(1), [route.view]);
    const rows = state.status === 'ready' ? state.data.results : [];
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    return (
        <div className="hsp-index" data-testid="contacts-index">
            <h1 className="hsp-index__title">{t('contacts.title')}</h1>
            <nav aria-label={t('contacts.views')} className="hsp-record-tabs">
                <a href="#/contacts" className="hsp-record-tabs__tab" aria-current={route.view === 'mql' ? 'page' : undefined}>
                    {t('contacts.viewMql')}
                </a>
                <a href="#/contacts/all" className="hsp-record-tabs__tab" aria-current={route.view === 'all' ? 'page' : undefined}>
                    {t('contacts.viewAll')}
                </a>
            </nav>
            {state.status !== 'ready' ? (
                <RecordState state={state} />
            ) : (
                <>
                    <p className="hs-text hs-text--micro" data-testid="contacts-count">
                        {t('contacts.count', { n: rows.length })}
                    </p>
                    {rows.length === 0 ? (
                        <p className="hs-text">{t('contacts.empty')}</p>
                    ) : (
                        <div className="hs-table-wrap">
                            <table className="hs-table hs-table--bordered" data-testid="contacts-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{t('prop.name')}</th>
                                        <th scope="col">{t('prop.company')}</th>
                                        <th scope="col">{t('prop.score')}</th>
                                        <th scope="col">{t('prop.grade')}</th>
                                        <th scope="col">{t('prop.lifecycle')}</th>
                                        <th scope="col">{t('prop.mqlAt')}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {shown.map((row) => (
                                        <tr key={row.id}>
                                            <th scope="row">
                                                <a href={`#/contact/${row.id}`}>{personName(row.properties.firstname, row.properties.lastname)}</a>
                                            </th>
                                            <td>{row.properties.company}</td>
                                            <td>{row.properties.ma_score ?? '—'}</td>
                                            <td>{row.properties.ma_grade ?? '—'}</td>
                                            <td>{format.stage(row.properties.lifecyclestage)}</td>
                                            <td>{format.date(row.properties.ma_mql_at)}</td>
                                        </tr>
                                    ))}
                                </tbody>
                            </table>
                        </div>
                    )}
                    {pages > 1 ? (
                        <nav className="hs-pager" aria-label={t('ui.pagination')}>
                            <button type="button" className="hs-pager__button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                                {t('contacts.previous')}
                            </button>
                            <span className="hs-text hs-text--inline">{t('contacts.page', { page, pages })}</span>
                            <button type="button" className="hs-pager__button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                                {t('contacts.next')}
                            </button>
                        </nav>
                    ) : null}
                </>
            )}
        </div>
    );
}

function SettingsPage({ config, user, onAlert }) {
    const { lang, t } = useHost();
    const settings = config.extensions.find((e) => e.location === 'settings');
    return (
        <div className="hsp-settings" data-testid="settings-page">
            <h1 className="hsp-index__title">{t('settings.title')}</h1>
            {settings ? (
                // HubSpot draws an app's settings page as the page itself, under the app's name.
                <section className="hsp-settings__app" aria-labelledby="settings-app">
                    <h2 className="hsp-card__title" id="settings-app">
                        {config.app ? config.app.name : settings.uid}
                    </h2>
                    <ExtensionHost
                        extension={settings}
                        context={{ location: 'settings', user: userContext(config.portal, user, lang), portal: { id: config.portal.portalId, timezone: config.portal.timezone }, extension: { appId: config.app ? config.app.uid : '', appName: config.app ? config.app.name : '' }, variables: {} }}
                        onAlert={onAlert}
                        label={t('settings.title')}
                    />
                </section>
            ) : (
                <p className="hs-text">{t('settings.none')}</p>
            )}
        </div>
    );
}

export function PreviewApp({ config, lang, role }) {
    const route = useRoute(config);
    const user = config.portal.users[role] || Object.values(config.portal.users)[0];
    const [alerts, setAlerts] = useState([]);
    const onAlert = useCallback((alert) => setAlerts((list) => [...list.slice(-4), { ...alert, id: `${Date.now()}-${Math.random()}` }]), []);
    const dismiss = useCallback((id) => setAlerts((list) => list.filter((a) => a.id !== id)), []);
    const host = useMemo(() => ({ lang }), [lang]);
    const hasSettings = config.extensions.some((e) => e.location === 'settings');
    const pages = {
        company: <CompanyPage config={config} user={user} route={route} onAlert={onAlert} />,
        contact: <ContactPage config={config} user={user} route={route} onAlert={onAlert} />,
        contacts: <ContactsPage route={route} />,
        settings: <SettingsPage config={config} user={user} onAlert={onAlert} />,
    };
    return (
        <HostContext.Provider value={host}>
            <div className="hsp">
                <TopBar config={config} user={user} route={route} hasSettings={hasSettings} />
                <main className="hsp-main" data-page={route.page}>
                    <Alerts alerts={alerts} dismiss={dismiss} />
                    {pages[route.page]}
                </main>
            </div>
        </HostContext.Provider>
    );
}
