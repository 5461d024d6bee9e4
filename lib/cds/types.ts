// The CDS Hooks response structures NumbDx writes (HL7 CDS Hooks 2.0, "CDS Service Response").
// Optional members are left out rather than empty, as the spec requires.

export interface CdsCoding {
  system: string;
  code: string;
  display?: string;
}

export interface CdsSource {
  label: string;
  url?: string;
  topic?: CdsCoding;
}

export interface CdsAction {
  type: 'create' | 'update' | 'delete';
  description: string;
  resource?: Record<string, unknown>;
}

export interface CdsSuggestion {
  label: string;
  uuid: string;
  isRecommended?: boolean;
  actions: CdsAction[];
}

export interface CdsLink {
  label: string;
  url: string;
  type: 'absolute' | 'smart';
}

export interface CdsCard {
  uuid: string;
  summary: string;
  detail?: string;
  indicator: 'info' | 'warning' | 'critical';
  source: CdsSource;
  suggestions?: CdsSuggestion[];
  selectionBehavior?: 'at-most-one' | 'any';
  overrideReasons?: CdsCoding[];
  links?: CdsLink[];
}

export interface CdsResponse {
  cards: CdsCard[];
}

/** What every card builder needs besides its own data. */
export interface CardContext {
  /** Absolute base URL of NumbDx for links (no trailing slash). */
  baseUrl: string;
  patientId: string;
  encounterId?: string;
  causeName: (id: string) => string;
  findingLabel: (id: string) => string;
  /** A new UUID (crypto.randomUUID in the app). */
  newId: () => string;
}
