import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { PROGRAMS_QUERY, nodes, val } from 'c/maData';
import { label } from 'c/maI18n';

/**
 * On an app page there is no record: lists the MA programs and lets the user
 * pick one (the first by default). Fires `programchange` with `{ programId }`.
 */
export default class MaProgramPicker extends LightningElement {
    programs = [];
    selected;
    errors;
    loaded = false;

    @wire(graphql, { query: PROGRAMS_QUERY })
    wiredPrograms({ data, errors }) {
        if (errors) {
            this.errors = errors;
            this.loaded = true;
        } else if (data) {
            this.errors = undefined;
            this.programs = nodes(data, 'MA_Program__c').map((n) => ({ label: val(n, 'Name') || n.Id, value: n.Id }));
            this.loaded = true;
            const stillThere = this.programs.some((p) => p.value === this.selected);
            if (!stillThere && this.programs.length > 0) this.select(this.programs[0].value);
        }
    }

    get isLoading() {
        return !this.loaded;
    }

    get isEmpty() {
        return this.loaded && !this.errors && this.programs.length === 0;
    }

    get hasPrograms() {
        return this.programs.length > 0;
    }

    get labels() {
        return {
            program: label('program.label'),
            placeholder: label('program.placeholder'),
            empty: label('program.empty'),
            loading: label('state.loading'),
        };
    }

    handleChange(event) {
        this.select(event.detail.value);
    }

    select(programId) {
        this.selected = programId;
        this.dispatchEvent(new CustomEvent('programchange', { detail: { programId } }));
    }
}
