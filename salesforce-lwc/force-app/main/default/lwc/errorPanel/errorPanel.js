import { LightningElement, api } from 'lwc';
import { reduceErrors, isStaleWriteError, isDuplicateValueError } from 'c/ldsUtils';
import { label } from 'c/maI18n';

/**
 * The one place platform errors become readable text. A stale write (the
 * record changed since it was read) and a lost race on a unique field (someone
 * stored the same thing first) each get their own message and a reload
 * action; the caller keeps the user's input.
 */
export default class ErrorPanel extends LightningElement {
    /** One error or an array: UI API, GraphQL, JS errors or core issues. */
    @api errors;
    /** Overrides the headline. */
    @api friendlyMessage;

    showDetails = false;

    get list() {
        return Array.isArray(this.errors) ? this.errors : [this.errors];
    }

    get isStale() {
        return this.list.some((e) => isStaleWriteError(e));
    }

    get isRaced() {
        return this.list.some((e) => isDuplicateValueError(e));
    }

    get canReload() {
        return this.isStale || this.isRaced;
    }

    get headline() {
        if (this.isStale) return label('error.stale');
        if (this.isRaced) return label('error.raced');
        return this.friendlyMessage || label('error.generic');
    }

    get messages() {
        return reduceErrors(this.errors).map((text, index) => ({ key: `m${index}`, text }));
    }

    get hasMessages() {
        return this.messages.length > 0;
    }

    get detailsLabel() {
        return this.showDetails ? label('error.hideDetails') : label('error.showDetails');
    }

    get reloadLabel() {
        return label('action.reload');
    }

    handleToggle() {
        this.showDetails = !this.showDetails;
    }

    handleReload() {
        this.dispatchEvent(new CustomEvent('reload'));
    }
}
