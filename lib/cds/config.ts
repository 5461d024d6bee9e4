// Deployment settings of the CDS service, from the environment (documented in the README).

/** Default time allowed for one read from an EHR's FHIR server. */
export const DEFAULT_FHIR_TIMEOUT_MS = 2_000;

export interface CdsConfig {
  /** NumbDx's public base URL for card links (NUMBDX_BASE_URL, else the request's origin). */
  baseUrl: string;
  /** FHIR server base URLs NumbDx may read from with a call's token (NUMBDX_CDS_FHIR_SERVERS, comma-separated; none by default). */
  fhirServers: string[];
  /** NUMBDX_CDS_FHIR_TIMEOUT_MS (default 2000). */
  fhirTimeoutMs: number;
}

/** The settings for a call to `requestUrl`, from `env`. */
export function cdsConfig(requestUrl: string, env: Record<string, string | undefined> = process.env): CdsConfig {
  const configured = env.NUMBDX_BASE_URL?.trim();
  const timeout = Number(env.NUMBDX_CDS_FHIR_TIMEOUT_MS);
  return {
    baseUrl: (configured || new URL(requestUrl).origin).replace(/\/+$/, ''),
    fhirServers: (env.NUMBDX_CDS_FHIR_SERVERS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    fhirTimeoutMs: Number.isInteger(timeout) && timeout > 0 ? timeout : DEFAULT_FHIR_TIMEOUT_MS,
  };
}
