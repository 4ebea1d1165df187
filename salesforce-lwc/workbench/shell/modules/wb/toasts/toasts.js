import { LightningElement } from 'lwc';
import { lang } from 'wb/session';

const VARIANTS = ['info', 'success', 'warning', 'error'];

/**
 * Shows the toasts components ask for with ShowToastEvent (lightning__showtoast),
 * as Lightning Experience does: 'sticky' stays until closed, others close after a while.
 */
export default class Toasts extends LightningElement {
    toasts = [];
    closeLabel = lang === 'en' ? 'Close' : '閉じる';
    serial = 0;

    connectedCallback() {
        this.onToast = (event) => this.show(event.detail || {});
        window.addEventListener('lightning__showtoast', this.onToast);
    }

    disconnectedCallback() {
        window.removeEventListener('lightning__showtoast', this.onToast);
    }

    show({ title = '', message = '', variant = 'info', mode = 'dismissible' }) {
        const v = VARIANTS.includes(variant) ? variant : 'info';
        this.serial += 1;
        const key = `toast-${this.serial}`;
        this.toasts = [
            ...this.toasts,
            { key, title, message, variant: v, role: v === 'error' ? 'alert' : 'status', className: `slds-notify slds-notify_toast slds-theme_${v}` },
        ];
        if (mode !== 'sticky') {
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            setTimeout(() => this.close(key), v === 'error' ? 10000 : 5000);
        }
    }

    handleClose(event) {
        this.close(event.currentTarget.dataset.key);
    }

    close(key) {
        this.toasts = this.toasts.filter((t) => t.key !== key);
    }
}
