// Only the zod functions and types the core (and the surfaces through it) use.
// Re-exporting the whole `zod` namespace keeps every export and every message
// locale in a bundle (about 460 KB minified); naming the parts lets esbuild
// drop the rest, which matters for Lightning's 128 KB module budget and for
// what a HubSpot card ships. Add a name here when the core needs a new one.
export {
  array,
  boolean,
  config,
  date,
  enum,
  literal,
  NEVER,
  number,
  object,
  preprocess,
  record,
  strictObject,
  string,
  union,
  unknown,
} from 'zod';
export type { infer, input, output, ZodError, ZodType } from 'zod';
