// A zod model of the CDS Hooks 2.0 logical models, written from the specification (HL7/cds-hooks:
// input/pagecontent/index.md and the CDSHooksServices, CDSHooksRequest, CDSHooksResponse and
// CDSHooksFeedback logical models with their invariants cds-r-1, cds-resp-1…7, cds-fb-1…3),
// independently of NumbDx's own schemas, so the contract tests check NumbDx against the spec.
import { z } from 'zod';

// "JSON elements SHALL NOT be null … SHALL NOT be empty … so null, "", [] or {} are prohibited."
const str = z.string().min(1, 'SHALL NOT be empty');
const list = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'an optional array SHALL be omitted rather than empty');
const url = z.string().regex(/^https?:\/\/\S+$/, 'must be an absolute URL');
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a UUID');
/** "The specification reserves the name extension": an object of named extensions. */
const extension = z.record(z.string(), z.unknown()).refine((e) => Object.keys(e).length > 0, 'SHALL NOT be empty').optional();
const fhirResource = z.looseObject({ resourceType: z.string().regex(/^[A-Z][A-Za-z]+$/) });

/** Coding: code and system REQUIRED, display CONDITIONAL. */
export const zSpecCoding = z.object({ code: str, system: str, display: str.optional() }).strict();

/** Discovery: a CDS Service. */
export const zSpecService = z
  .object({
    hook: str,
    title: str.optional(),
    description: str,
    id: str,
    prefetch: z.record(z.string().min(1), str).optional(),
    usageRequirements: str.optional(),
    extension,
  })
  .strict();
export const zSpecDiscovery = z.object({ services: z.array(zSpecService) }).strict();

/** A CDS Hooks request (cds-r-1: fhirAuthorization implies fhirServer). */
export const zSpecRequest = z
  .object({
    hook: str,
    hookInstance: str,
    fhirServer: url.optional(),
    fhirAuthorization: z
      .object({ access_token: str, token_type: z.literal('Bearer'), expires_in: z.number().int(), scope: str, subject: str, patient: str.optional() })
      .strict()
      .optional(),
    context: z.record(z.string(), z.unknown()),
    prefetch: z.record(z.string(), fhirResource.nullable()).optional(),
    extension,
  })
  .strict()
  .refine((r) => !r.fhirAuthorization || r.fhirServer, 'cds-r-1: if fhirAuthorization details are provided, a fhirServer SHALL be specified');

/** Action (cds-resp-2: delete carries resourceId, not resource; create and update carry a resource). */
export const zSpecAction = z
  .object({ type: z.enum(['create', 'update', 'delete']), description: str, resource: fhirResource.optional(), resourceId: str.optional(), extension })
  .strict()
  .refine((a) => a.type !== 'delete' || (a.resourceId && !a.resource), 'cds-resp-2: a resourceId not a resource must be provided when type = delete')
  .refine((a) => a.type === 'delete' || a.resource, 'create/update: the resource attribute SHALL contain the FHIR resource');

export const zSpecSuggestion = z
  .object({
    label: str,
    uuid: uuid.optional(),
    isRecommended: z.boolean().optional(),
    actions: list(zSpecAction).optional(),
    actionSelectionBehavior: z.enum(['all', 'any', 'at-most-one']).optional(),
    extension,
  })
  .strict();

/** Link (cds-resp-3: appContext only for smart links). */
export const zSpecLink = z
  .object({ label: str, url, type: z.enum(['absolute', 'smart']), appContext: str.optional(), autolaunchable: z.boolean().optional(), extension })
  .strict()
  .refine((l) => l.type === 'smart' || l.appContext === undefined, 'cds-resp-3: appContext only for smart apps');

export const zSpecSource = z.object({ label: str, url: url.optional(), icon: url.optional(), topic: zSpecCoding.optional(), extension }).strict();

/** Card (cds-resp-1, 4, 6 and the <140-character summary). */
export const zSpecCard = z
  .object({
    uuid: uuid.optional(),
    summary: str.max(139, 'summary: one-sentence, <140-character'),
    detail: str.optional(),
    indicator: z.enum(['info', 'warning', 'critical']),
    source: zSpecSource,
    suggestions: list(zSpecSuggestion).optional(),
    selectionBehavior: z.enum(['at-most-one', 'any']).optional(),
    overrideReasons: list(zSpecCoding.required({ display: true })).optional(),
    links: list(zSpecLink).optional(),
    extension,
  })
  .strict()
  .refine((c) => !c.suggestions || c.selectionBehavior, 'cds-resp-6: if suggestions are present, selectionBehavior SHALL also be provided')
  .refine(
    (c) => c.selectionBehavior !== 'at-most-one' || (c.suggestions ?? []).filter((s) => s.isRecommended).length <= 1,
    'cds-resp-1: only one suggestion can be recommended if selectionBehavior = at-most-one',
  );

export const zSpecResponse = z.object({ cards: z.array(zSpecCard), systemActions: list(zSpecAction).optional(), extension }).strict();

/** Feedback (cds-fb-1, cds-fb-2, cds-fb-3). */
export const zSpecFeedback = z
  .object({
    feedback: z.array(
      z
        .object({
          card: str,
          outcome: z.enum(['accepted', 'overridden']),
          acceptedSuggestions: list(z.object({ id: str }).strict()).optional(),
          overrideReason: z
            .object({ reason: zSpecCoding.optional(), userComment: str.optional() })
            .strict()
            .refine((o) => o.reason || o.userComment, 'cds-fb-3: an overrideReason must contain a reason, a userComment, or both')
            .optional(),
          outcomeTimestamp: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/, 'RFC 3339 date-time'),
        })
        .strict()
        .refine((f) => f.outcome !== 'accepted' || f.acceptedSuggestions, 'cds-fb-2: if outcome is accepted, acceptedSuggestions SHALL be provided'),
    ),
  })
  .strict();

/** Issues of `value` against `schema`, as readable strings (empty when valid). */
export function specIssues(schema: z.ZodType, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
