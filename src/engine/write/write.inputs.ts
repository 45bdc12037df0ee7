import type { EntityDraft, EntityPatch } from '../../model/entity.model';
import type { FigureRecord } from '../../model/claim.model';
import type {
  AccountField,
  Basis,
  ClaimKind,
  EventStatus,
  ParticipantRole,
  RelationshipType,
  Stance,
} from '../../model/vocabulary';

// What a client sends to write, one fact or one entity at a time. The GraphQL input classes implement
// these; the engine checks them with the same rules as a bundle.

/** Relationships an editor may add or remove between two entities. */
export type WritableRelationshipType = RelationshipType | 'PARTICIPATED_IN';

/** A fact's source as a client sends it: which stored article, and how it supports the fact. */
export interface SourceRef {
  articleId: string;
  basis?: Basis | null;
  attribution?: string | null;
  evidence?: string | null;
  note?: string | null;
  reportedById?: string | null;
}

/** A new entity; the id defaults to the kind's prefix and a slug of the name. */
export type NewEntity = Omit<EntityDraft, 'id' | 'aliases'> & { id?: string | null; aliases?: string[] | null };

export type { EntityPatch };

export interface RelationshipDraft {
  type: WritableRelationshipType;
  fromId: string;
  toId: string;
  role?: ParticipantRole | null;
  start?: string | null;
  end?: string | null;
  note?: string | null;
  source: SourceRef;
}

/** A figure as a client sends it: the stored fields, the id optional, nothing derived. */
export type FigureDraft = Partial<
  Omit<FigureRecord, 'metric' | 'unit' | 'scope' | 'claimId' | 'periodPrecision' | 'groupKey'>
> &
  Pick<FigureRecord, 'metric' | 'unit' | 'scope'>;

/** Who takes a stance: a named actor, an unnamed source in the article's words, or the outlet itself. */
export interface SpeakerDraft {
  actorId?: string | null;
  anonymous?: string | null;
  outlet?: boolean | null;
}

export interface StanceDraft extends SpeakerDraft {
  stance: Stance;
  date?: string | null;
  quote?: string | null;
  via?: string | null;
}

export interface ClaimDraft {
  id?: string | null;
  kind: ClaimKind;
  text: string;
  date?: string | null;
  stances: StanceDraft[];
  aboutIds?: string[] | null;
  figures?: FigureDraft[] | null;
  source: SourceRef;
}

export interface FigureFactDraft {
  /** The claim stating it; absent for an event count in the article's own voice. */
  claimId?: string | null;
  figure: FigureDraft;
  source: SourceRef;
}

/** A stance added to a claim already stored, from a stored article. */
export interface StanceFactDraft {
  claimId: string;
  stance: StanceDraft;
  source: SourceRef;
}

/**
 * A correction of what an article says about an entity or event. Dates are corrected as a whole: start
 * with end and ongoing as given (absent: none). Places are added (with this source) or removed.
 */
export interface EntityCorrection {
  description?: string | null;
  start?: string | null;
  end?: string | null;
  ongoing?: boolean | null;
  status?: EventStatus | null;
  addPlaceIds?: string[] | null;
  removePlaceIds?: string[] | null;
}

/** A figure's fields to change; those listed in `clear` are removed (a range that became exact). */
export type FigurePatch = Partial<Omit<FigureDraft, 'id' | 'placeId'>> & { clear?: string[] | null };

export interface ClaimPatch {
  kind?: ClaimKind | null;
  text?: string | null;
  date?: string | null;
  addAboutIds?: string[] | null;
  removeAboutIds?: string[] | null;
}

export interface StancePatch {
  date?: string | null;
  quote?: string | null;
  via?: string | null;
}

/** A position's term as one source gives it. */
export interface PositionCorrection {
  start?: string | null;
  end?: string | null;
  asOf?: string | null;
}

export interface RelationshipCorrection {
  start?: string | null;
  end?: string | null;
  note?: string | null;
}

export interface OfficePatch {
  name?: string | null;
  addAliases?: string[] | null;
  removeAliases?: string[] | null;
}

export type { AccountField };
