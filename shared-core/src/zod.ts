// The one place the core imports zod. Lightning and HubSpot run the core under
// a Content Security Policy without `eval`, so zod must not compile validators
// with `new Function`: jitless is set before any schema is used.
import * as z from './zod-parts';

z.config({ jitless: true });

export { z };
