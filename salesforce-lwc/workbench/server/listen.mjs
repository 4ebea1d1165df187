// Where the workbench listens, and which Host headers it answers: loopback by
// default; HOST (an address or a name) to listen elsewhere, with a warning,
// since the local org has sample users anyone who reaches it can act as.
import { hostname, networkInterfaces } from 'node:os';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);
const WILDCARD = new Set(['0.0.0.0', '::']);

const asHostHeader = (address) => (address.includes(':') ? `[${address.toLowerCase()}]` : address.toLowerCase());

/** { host: what to listen on, hosts: Host header names to serve, urlHost: for the printed URL, warning?: text }. */
export function listenAddress(env) {
    const host = (env || '').trim();
    if (!host) return { host: '127.0.0.1', hosts: LOOPBACK_NAMES, urlHost: '127.0.0.1' };
    if (LOOPBACK.has(host)) return { host, hosts: LOOPBACK_NAMES, urlHost: asHostHeader(host) };
    const warning = `Warning: HOST=${host}: the workbench listens beyond this machine. Anyone who can reach it can sign in as any sample user, the admin included. Unset HOST to listen on 127.0.0.1 only.`;
    if (WILDCARD.has(host)) {
        // Every address of this machine, and its name, are hosts it answers to.
        const addresses = Object.values(networkInterfaces()).flat().filter(Boolean).map((i) => asHostHeader(i.address));
        return { host, hosts: [...new Set([...LOOPBACK_NAMES, ...addresses, hostname().toLowerCase()])], urlHost: '127.0.0.1', warning };
    }
    return { host, hosts: [...new Set([...LOOPBACK_NAMES, asHostHeader(host)])], urlHost: asHostHeader(host), warning };
}
