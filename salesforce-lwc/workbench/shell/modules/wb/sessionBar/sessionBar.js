import { LightningElement } from 'lwc';
import { role, lang, users, switchTo, ROLES } from 'wb/session';

const TEXT = {
    ja: { role: 'サンプルユーザーでログイン', language: '言語', signedInAs: 'ログイン中', roles: { marketing: 'マーケティング', insideSales: 'インサイドセールス', sales: '営業', admin: '管理者' } },
    en: { role: 'Sign in as sample user', language: 'Language', signedInAs: 'Signed in as', roles: { marketing: 'Marketing', insideSales: 'Inside sales', sales: 'Sales', admin: 'Admin' } },
};

/**
 * Sign in as a sample user, and the language: each is one user of the local
 * org with the permission sets an admin assigned them (what
 * `@salesforce/user/Id` and `@salesforce/customPermission/*` give the
 * components); switching reloads the page, as logging in as another user would.
 */
export default class SessionBar extends LightningElement {
    text = TEXT[lang];
    isJa = lang === 'ja';
    isEn = lang === 'en';

    get roleOptions() {
        return ROLES.map((value) => ({ value, label: users[value] ? `${users[value].name} (${this.text.roles[value]})` : this.text.roles[value], selected: value === role }));
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
