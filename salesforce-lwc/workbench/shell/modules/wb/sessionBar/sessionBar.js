import { LightningElement } from 'lwc';
import { role, lang, users, switchTo, ROLES } from 'wb/session';

const TEXT = {
    ja: { role: 'ロール', language: '言語', signedInAs: 'ログイン中', roles: { marketing: 'マーケティング', insideSales: 'インサイドセールス', sales: '営業', admin: '管理者' } },
    en: { role: 'Role', language: 'Language', signedInAs: 'Signed in as', roles: { marketing: 'Marketing', insideSales: 'Inside sales', sales: 'Sales', admin: 'Admin' } },
};

/**
 * Role and language switch: each role is one sample user of the local org
 * (what `@salesforce/user/Id` gives the components); switching reloads the
 * page, as logging in as another user would.
 */
export default class SessionBar extends LightningElement {
    text = TEXT[lang];
    isJa = lang === 'ja';
    isEn = lang === 'en';

    get roleOptions() {
        return ROLES.map((value) => ({ value, label: this.text.roles[value], selected: value === role }));
    }

    get userName() {
        const user = users[role];
        return user ? `${user.name} (${this.text.roles[role]})` : this.text.roles[role];
    }

    handleRole(event) {
        switchTo({ role: event.target.value });
    }

    handleLang(event) {
        switchTo({ lang: event.target.value });
    }
}
