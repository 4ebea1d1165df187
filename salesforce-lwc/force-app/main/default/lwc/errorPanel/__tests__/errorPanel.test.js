import { createElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';

const flush = () => Promise.resolve();

function mount(props) {
    const element = createElement('c-error-panel', { is: ErrorPanel });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-error-panel', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('shows a generic headline and reveals the platform messages on demand', async () => {
        const element = mount({ errors: { body: [{ message: 'Field X is not accessible' }] } });
        await flush();
        const root = element.shadowRoot;
        expect(root.querySelector('[data-id="error-headline"]').textContent).toBe('The data could not be loaded.');
        expect(root.querySelector('[data-id="error-details"]')).toBeNull();
        root.querySelector('[data-id="error-toggle"]').click();
        await flush();
        expect(root.querySelector('[data-id="error-details"]').textContent).toContain('Field X is not accessible');
        await expect(element).toBeAccessible();
    });

    it('reads DML field errors, GraphQL errors and core issues', async () => {
        const element = mount({
            friendlyMessage: 'Could not save.',
            errors: [
                { body: { message: 'ignored', output: { errors: [], fieldErrors: { Name: [{ message: 'Name is required' }] } } } },
                { message: 'Cannot query field "Foo"' },
                { path: 'answers.16', code: 'unrecognized_keys', message: 'Unknown item' },
            ],
        });
        await flush();
        element.shadowRoot.querySelector('[data-id="error-toggle"]').click();
        await flush();
        const details = element.shadowRoot.querySelector('[data-id="error-details"]').textContent;
        expect(details).toContain('Name is required');
        expect(details).toContain('Cannot query field "Foo"');
        expect(details).toContain('answers.16: Unknown item');
        expect(element.shadowRoot.querySelector('[data-id="error-headline"]').textContent).toBe('Could not save.');
    });

    it('names a stale write and offers a reload', async () => {
        const element = mount({
            errors: { status: 412, body: { errorCode: 'PRECONDITION_FAILED', message: 'The record was modified' } },
        });
        const onReload = jest.fn();
        element.addEventListener('reload', onReload);
        await flush();
        expect(element.shadowRoot.querySelector('[data-id="error-headline"]').textContent).toMatch(/changed this record since you opened it/);
        element.shadowRoot.querySelector('[data-id="error-reload"]').click();
        expect(onReload).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('names a write that lost a race on a unique field and offers a reload', async () => {
        const element = mount({
            friendlyMessage: 'Could not save.',
            errors: {
                status: 400,
                body: { output: { errors: [{ errorCode: 'DUPLICATE_VALUE', message: 'duplicate value found: Sign_Off_Key__c' }], fieldErrors: {} } },
            },
        });
        await flush();
        expect(element.shadowRoot.querySelector('[data-id="error-headline"]').textContent).toBe(
            'Someone else saved the same thing at the same moment. Reload to see it (your input is kept).'
        );
        expect(element.shadowRoot.querySelector('[data-id="error-reload"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });
});
