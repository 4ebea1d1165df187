// One GraphQL connection read to its end through a graphql wire: batch by
// batch (a list of variable sets, e.g. 500 record ids each) and, within a
// batch, page by page (`after` = the last page's endCursor). The component's
// wire handler hands each answer to `take`, which keeps the nodes and says
// whether another request is due; the component then sets the wire's
// variables to `variables`. The read is a snapshot: once done, later answers
// (the wire re-emits when this page writes a record it holds) are left out
// until the component starts a new read; a page answered again before that
// (its endCursor is the `after` already asked for) changes nothing, and a
// record is kept once however often it comes.

export class PagedRead {
    /**
     * @param {string} objectApiName  the connection read (`uiapi.query.<objectApiName>`)
     * @param {object[]} batches      the variables of each batch (the first page's `after` is null)
     * @param {number} maxPages       pages read at most (the rest is left out and `truncated` says so)
     */
    constructor(objectApiName, batches, maxPages) {
        this.objectApiName = objectApiName;
        this.batches = batches;
        this.maxPages = maxPages;
        this.batch = 0;
        this.after = null;
        this.pages = [];
        this.done = batches.length === 0;
        this.truncated = false;
    }

    /** The variables of the request due now (undefined once done). */
    get variables() {
        return this.done ? undefined : { ...this.batches[this.batch], after: this.after };
    }

    /** Every node read so far, in the order read, each record once. */
    get nodes() {
        const byId = new Map();
        for (const node of this.pages.flat()) byId.set(node.Id, node);
        return [...byId.values()];
    }

    /** Takes one answer's `data`; true when another request is due (then read `variables`). */
    take(data) {
        const connection = data && data.uiapi && data.uiapi.query ? data.uiapi.query[this.objectApiName] : undefined;
        if (!connection || this.done) return false;
        const info = connection.pageInfo || {};
        if (this.after !== null && info.endCursor === this.after) return false;
        this.pages.push(Array.isArray(connection.edges) ? connection.edges.map((edge) => edge.node) : []);
        if (info.hasNextPage && info.endCursor && this.pages.length < this.maxPages) {
            this.after = info.endCursor;
            return true;
        }
        const more = this.batch + 1 < this.batches.length;
        this.truncated = Boolean(info.hasNextPage) || (more && this.pages.length >= this.maxPages);
        if (more && !this.truncated) {
            this.batch += 1;
            this.after = null;
            return true;
        }
        this.done = true;
        return false;
    }
}

/** `list` in parts of at most `size`. */
export function chunked(list, size) {
    const parts = [];
    for (let i = 0; i < list.length; i += size) parts.push(list.slice(i, i + size));
    return parts;
}
