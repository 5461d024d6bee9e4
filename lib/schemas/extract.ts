// The body of POST /api/findings/extract: one note as text.
import { z } from 'zod';

export const zExtractRequest = z.object({ text: z.string({ error: 'must be a string' }) }).strict();
export type TExtractRequest = z.output<typeof zExtractRequest>;
