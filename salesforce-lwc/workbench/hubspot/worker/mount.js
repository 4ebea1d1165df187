// Bundled into every extension, so the extension, @remote-ui/react and React
// are one copy: renders what `hubspot.extend` returned into a remote root
// whose changes travel to the host over `channel` (as the testing renderer
// of @hubspot/ui-extensions builds its tree, but with a real host on the other side).
import { createRemoteRoot } from '@remote-ui/core';
import { createRoot } from '@remote-ui/react';

export function mount(render, channel, api) {
    const remoteRoot = createRemoteRoot(channel);
    createRoot(remoteRoot).render(render(api));
    remoteRoot.mount();
}
