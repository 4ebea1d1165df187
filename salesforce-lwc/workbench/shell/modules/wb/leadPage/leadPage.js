import { LightningElement, api, wire } from 'lwc';
import { getRecord, getFieldValue } from 'lightning/uiRecordApi';
import { lang } from 'wb/session';

const FIELDS = ['Lead.Name', 'Lead.Company', 'Lead.Title', 'Lead.Email', 'Lead.LeadSource'];
const TEXT = {
    ja: { back: 'リード一覧に戻る', record: 'リード', missing: 'maLeadScore はまだ force-app にありません。', loading: '読み込み中…' },
    en: { back: 'Back to the lead list', record: 'Lead', missing: 'maLeadScore is not in force-app yet.', loading: 'Loading…' },
};

/** A lead's record page: the record header (as the platform draws it) and maLeadScore with the record id. */
export default class LeadPage extends LightningElement {
    @api recordId;
    @api scoreComponent;
    text = TEXT[lang];
    record;
    error;

    @wire(getRecord, { recordId: '$recordId', fields: FIELDS })
    wiredLead({ data, error }) {
        this.record = data;
        this.error = error ? (error.body && (Array.isArray(error.body) ? error.body[0].message : error.body.message)) || error.statusText : undefined;
    }

    get name() {
        return this.record ? getFieldValue(this.record, 'Lead.Name') : '';
    }

    get subtitle() {
        if (!this.record) return '';
        return [getFieldValue(this.record, 'Lead.Company'), getFieldValue(this.record, 'Lead.Title'), getFieldValue(this.record, 'Lead.LeadSource')]
            .filter(Boolean)
            .join(' · ');
    }

    get isLoading() {
        return !this.record && !this.error;
    }
}
