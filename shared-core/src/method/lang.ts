// The language option of the method's functions (internal: not re-exported).
import { z } from '../zod';

export const LangOptionSchema = z.enum(['ja', 'en']).default('ja');
