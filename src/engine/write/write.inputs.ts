import type { EntityDraft, EntityPatch } from '../../model/entity.model';
import type { FigureRecord } from '../../model/claim.model';
import type { Basis, ClaimKind, ParticipantRole, RelationshipType, Stance } from '../../model/vocabulary';

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
export type FigureDraft = Partial<Omit<FigureRecord, 'metric' | 'unit' | 'scope' | 'claimId' | 'periodPrecision'>> &
  Pick<FigureRecord, 'metric' | 'unit' | 'scope'>;

export interface StanceDraft {
  actorId: string;
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
