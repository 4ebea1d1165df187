import { LightningElement } from 'lwc';
import CAN_MANAGE_PROGRAMS from '@salesforce/customPermission/MA_Manage_Programs';
import { lang } from 'wb/session';
import { COMPONENTS } from 'workbench:components';
import { LABELS } from './labels';
import { APP_TABS, parseRoute } from './routes';

/** The workbench shell: header with the role and language switch, page navigation, the page. */
export default class App extends LightningElement {
    route = parseRoute(window.location.hash);
    text = LABELS[lang];

    connectedCallback() {
        this.onHashChange = () => {
            this.route = parseRoute(window.location.hash);
        };
        window.addEventListener('hashchange', this.onHashChange);
        document.documentElement.lang = lang;
    }

    disconnectedCallback() {
        window.removeEventListener('hashchange', this.onHashChange);
    }

    get navItems() {
        const current = this.route.page === 'lead' ? 'leads' : this.route.page;
        const offered = APP_TABS.filter((t) => !t.adminOnly || CAN_MANAGE_PROGRAMS === true);
        return [...offered.map((t) => t.key), 'leads', 'hubspot'].map((key) => ({
            key,
            label: this.text[key],
            href: `#/${key}`,
            current: key === current,
        }));
    }

    get tab() {
        return APP_TABS.find((t) => t.key === this.route.page);
    }

    get isAppTab() {
        return Boolean(this.tab);
    }

    get currentTitle() {
        return this.tab ? this.text[this.tab.key] : '';
    }

    get appComponent() {
        return this.tab ? COMPONENTS[this.tab.component] : undefined;
    }

    get missingText() {
        return this.text.missing.replace('{name}', this.tab ? this.tab.component : '');
    }

    get leadScoreComponent() {
        return COMPONENTS.maLeadScore;
    }

    get isLeadList() {
        return this.route.page === 'leads';
    }

    get isLeadPage() {
        return this.route.page === 'lead';
    }

    get isHubspot() {
        return this.route.page === 'hubspot';
    }
}
