import { LightningElement, api } from 'lwc';
import { lang } from 'wb/session';

/** The page navigation (a context bar of links; the current page is marked with aria-current). */
export default class Nav extends LightningElement {
    _items = [];
    label = lang === 'en' ? 'Pages' : 'ページ';

    @api
    get items() {
        return this._items;
    }
    set items(value) {
        this._items = (value || []).map((item) => ({
            ...item,
            ariaCurrent: item.current ? 'page' : undefined,
            itemClass: `slds-context-bar__item${item.current ? ' slds-is-active' : ''}`,
        }));
    }
}
