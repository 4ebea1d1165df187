// What keeps the local org private to the machine it runs on, besides
// listening on loopback: a request must name a host the server listens for
// (DNS rebinding sends the attacker's host name), and a write from a page must
// come from the workbench's own origin (a page on another site may send
// requests to 127.0.0.1, but its Origin says where it comes from).
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The host part of a Host header or an origin's authority, with its port: ['127.0.0.1', '3000'], ['[::1]', '3000']. */
function hostAndPort(authority) {
    const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d+))?$/.exec(authority || '');
    return m ? [m[1].toLowerCase(), m[2] || '80'] : null;
}

/** Why the request is refused ({ status, message }), or null when it may be served. */
export function requestRefusal(req, { hosts, port }) {
    const served = (authority) => {
        const parts = hostAndPort(authority);
        return !!parts && hosts.includes(parts[0]) && parts[1] === String(port);
    };
    if (!served(req.headers.host)) {
        return { status: 421, message: `This workbench does not serve the host "${req.headers.host || ''}". Open it at http://127.0.0.1:${port}/.` };
    }
    if (WRITES.has(req.method)) {
        const origin = req.headers.origin;
        if (origin !== undefined) {
            let authority = null;
            try {
                const url = new URL(origin);
                authority = url.protocol === 'http:' ? url.host : null;
            } catch {
                authority = null;
            }
            if (!authority || !served(authority)) return { status: 403, message: `Writes from ${origin} are refused: only the workbench's own pages may write.` };
        }
        if (req.headers['sec-fetch-site'] === 'cross-site') return { status: 403, message: 'Cross-site writes are refused.' };
    }
    return null;
}
