// lightning/platformShowToastEvent: the event a component dispatches to show a
// toast; the workbench shell listens for it on the window and shows the toast.
export class ShowToastEvent extends CustomEvent {
    constructor(toast) {
        super('lightning__showtoast', { composed: true, cancelable: true, bubbles: true, detail: toast });
    }
}
