import { config } from 'zod';

// The content security policy allows no eval: zod must not even probe for it (the probe, new Function(''), is
// reported as a violation on every page that parses with a schema). Imported first by main.tsx.
config({ jitless: true });
