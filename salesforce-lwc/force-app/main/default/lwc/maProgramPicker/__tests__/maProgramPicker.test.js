import { createElement } from 'lwc';
import MaProgramPicker from 'c/maProgramPicker';
import { graphql } from 'lightning/graphql';

const PROGRAMS = require('./data/programs.json');

const flush = () => Promise.resolve();

function mount() {
    const element = createElement('c-ma-program-picker', { is: MaProgramPicker });
    const changes = [];
    element.addEventListener('programchange', (e) => changes.push(e.detail.programId));
    document.body.appendChild(element);
    return { element, changes };
}

describe('c-ma-program-picker', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('shows a spinner until the programs arrive', async () => {
        const { element } = mount();
        await flush();
        expect(element.shadowRoot.querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('lists the programs and picks the first by default, then the one chosen', async () => {
        const { element, changes } = mount();
        graphql.emit(PROGRAMS);
        await flush();
        const combobox = element.shadowRoot.querySelector('[data-id="program-picker"]');
        expect(combobox.options.map((o) => o.label)).toEqual(['産業機器事業部', 'IT Consulting']);
        expect(combobox.value).toBe('a00000000000001AAA');
        expect([combobox.label, combobox.placeholder]).toEqual(['MA program', 'Select an MA program']);
        expect(changes).toEqual(['a00000000000001AAA']);
        combobox.dispatchEvent(new CustomEvent('change', { detail: { value: 'a00000000000002AAA' } }));
        await flush();
        expect(changes).toEqual(['a00000000000001AAA', 'a00000000000002AAA']);
        await expect(element).toBeAccessible();
    });

    it('says so when there is no program', async () => {
        const { element, changes } = mount();
        graphql.emit({ uiapi: { query: { MA_Program__c: { edges: [] } } } });
        await flush();
        expect(element.shadowRoot.querySelector('[data-id="program-empty"]')).not.toBeNull();
        expect(changes).toEqual([]);
        await expect(element).toBeAccessible();
    });

    it('shows the error panel when the query fails', async () => {
        const { element } = mount();
        graphql.emitErrors([{ message: 'No such column Name' }]);
        await flush();
        expect(element.shadowRoot.querySelector('c-error-panel')).not.toBeNull();
        expect(element.shadowRoot.querySelector('lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
