// The CDS Hooks 2.0 inputs NumbDx accepts: a service call and a feedback post (HL7 CDS Hooks,
// "Calling a CDS Service" and "Feedback"). Unknown members pass (the spec reserves `extension`
// and clients add their own); the members NumbDx relies on are checked.
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** fhirAuthorization: an OAuth 2.0 bearer token for the client's FHIR server. */
export const zFhirAuthorization = z.looseObject({
  access_token: nonEmpty,
  token_type: z.string().regex(/^bearer$/i, 'must be "Bearer"'),
  expires_in: z.number().int().min(0),
  scope: nonEmpty,
  subject: nonEmpty,
  patient: nonEmpty.optional(),
});

export const zCdsHooksRequest = z
  .looseObject({
    hook: nonEmpty,
    hookInstance: nonEmpty,
    fhirServer: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    fhirAuthorization: zFhirAuthorization.optional(),
    // patient-view and encounter-start both carry the patient's FHIR id.
    context: z.looseObject({ userId: nonEmpty.optional(), patientId: nonEmpty, encounterId: nonEmpty.optional() }),
    // Each value is the FHIR resource a prefetch template returned, or null when there was none.
    prefetch: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((r) => !r.fhirAuthorization || r.fhirServer, { path: ['fhirServer'], message: 'is required when fhirAuthorization is given (cds-r-1)' });
export type TCdsHooksRequest = z.infer<typeof zCdsHooksRequest>;

const zCoding = z.looseObject({ system: nonEmpty, code: nonEmpty, display: z.string().optional() });

export const zCdsFeedback = z.looseObject({
  feedback: z
    .array(
      z
        .looseObject({
          card: nonEmpty,
          outcome: z.enum(['accepted', 'overridden']),
          acceptedSuggestions: z.array(z.looseObject({ id: nonEmpty })).optional(),
          overrideReason: z.looseObject({ reason: zCoding.optional(), userComment: z.string().optional() }).optional(),
          outcomeTimestamp: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }),
        })
        .refine((f) => f.outcome !== 'accepted' || (f.acceptedSuggestions?.length ?? 0) > 0, {
          path: ['acceptedSuggestions'],
          message: 'is required for an accepted outcome',
        }),
    )
    .min(1, 'must hold at least one feedback entry'),
});
export type TCdsFeedback = z.infer<typeof zCdsFeedback>;
