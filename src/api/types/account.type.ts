import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import type { ProvenanceRecord } from '../../model/source.model';
import { AccountField, ConflictReason, DatePrecision, EventStatus, SpeakerKind } from './enums';

// Where sources disagree and how the graph changed: accounts (each source's values), speakers, claim
// conflicts, change records, and what an ingest or a revision changed.

@ObjectType('Account', {
  description:
    "One source's account of an entity or event: the values this article gives (description, an event's dates, " +
    "status and places). The values shown come from one account per field: an editor's preferred one, else the " +
    'most precise (dates), else the latest publication.',
})
export class Account {
  @Field(() => String, { nullable: true, description: 'The description this article gives.' })
  description?: string | null;
  @Field(() => String, { nullable: true, description: 'Start as the article gives it: "2025-10", "2025-10-25".' })
  start?: string | null;
  @Field(() => String, { nullable: true, description: 'End as the article gives it; null when it gives none.' })
  end?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day of the start period.' })
  startDate?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day of the end (or of the start period).' })
  endDate?: string | null;
  @Field(() => DatePrecision, { nullable: true, description: 'Precision of the start.' })
  datePrecision?: string | null;
  @Field(() => Boolean, { description: "Still going on at the article's date, per this article." })
  ongoing!: boolean;
  @Field(() => EventStatus, { nullable: true, description: 'Stated, or read from the dates against the publication.' })
  status?: string | null;
  @Field(() => [AccountField], { description: 'Fields an editor chose this account for.' })
  preferred!: string[];
  @Field(() => [AccountField], { description: 'Fields whose shown value comes from this account.' })
  shown!: string[];
  @Field(() => GraphQLLocalDate, { nullable: true, description: "The article's publication date." })
  publishedDate?: string | null;
  // source and places are resolved by AccountResolver.
  source!: ProvenanceRecord;
  placeIds!: string[];
}

@ObjectType('PositionAccount', { description: "One source's account of a position's term." })
export class PositionAccount {
  @Field(() => String, { nullable: true, description: 'Start as the source gives it.' }) start?: string | null;
  @Field(() => String, { nullable: true, description: 'End as the source gives it.' }) end?: string | null;
  @Field(() => String, { nullable: true, description: 'The date the source shows the person in office.' })
  asOf?: string | null;
  @Field(() => [AccountField], { description: 'DATES when an editor chose this account.' }) preferred!: string[];
  @Field(() => GraphQLLocalDate, { nullable: true, description: "The source's publication date." })
  publishedDate?: string | null;
  source!: ProvenanceRecord;
}

@ObjectType('Speaker', {
  description:
    'Who takes a stance: a named actor, a source the article does not name (with its description), or the outlet ' +
    'in its own voice.',
})
export class Speaker {
  @Field(() => SpeakerKind, { description: 'ACTOR, ANONYMOUS or OUTLET.' }) kind!: string;
  @Field(() => ID, { description: "The actor's id, the unnamed source's id, or the article's (the outlet)." })
  id!: string;
  @Field(() => String, {
    nullable: true,
    description: 'An unnamed source as the article describes it: "informed diplomatic sources".',
  })
  description?: string | null;
  actorId!: string | null;
  /** The article the unnamed source belongs to, or whose outlet speaks. */
  articleId!: string | null;
}

@ObjectType('ClaimConflict', { description: 'A claim this one contradicts, and why.' })
export class ClaimConflict {
  @Field(() => ConflictReason, { description: 'Why the two cannot both be true.' }) reason!: string;
  @Field(() => String, { nullable: true, description: "An editor's note on the contradiction." }) note?: string | null;
  otherId!: string;
  figureId!: string | null;
  otherFigureId!: string | null;
}

@ObjectType('ChangeRecord', {
  description:
    'A change kept for the record: a correction (values before and after), a preference, a removal, a merge or an ' +
    "article's revision (its diff and previous facts).",
})
export class ChangeRecord {
  @Field(() => String, { description: 'CORRECTION, PREFER, REVISION, MERGE, REMOVE_FIGURE, REMOVE_STANCE …' })
  action!: string;
  @Field(() => ID, { description: 'The fact (entity, claim, figure, person, office or article) it is about.' })
  targetId!: string;
  @Field(() => String, { nullable: true, description: 'What was changed: "account DATES", "figure", "stance …".' })
  what?: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The values before (a snapshot of what was removed).' })
  previous?: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The values after.' }) value?: unknown;
  @Field(() => ID, { nullable: true, description: 'The article cited for the change, or revised.' })
  articleId?: string | null;
  @Field(() => String, { nullable: true, description: 'Why, when the editor said.' }) reason?: string | null;
  @Field(() => Int, { nullable: true, description: "For a revision: the article's revision number." })
  revision?: number | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'For a revision: facts added, changed and removed.' })
  diff?: unknown;
  @Field(() => String, { description: 'When (ISO 8601).' }) at!: string;
  @Field(() => String, { description: 'Who: key:<name>, jwt:<sub>, cli:ingest …' }) by!: string;
}

@ObjectType('ValueChange', { description: 'A value shown by default that a write changed.' })
export class ValueChange {
  @Field(() => ID, { description: 'The entity or event, or "person → office" for a position.' }) id!: string;
  @Field(() => AccountField, { description: 'Which value.' }) field!: string;
  @Field(() => String, { nullable: true, description: 'Before ("2025-10-25..ongoing").' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'After ("2025-10-25..2025-10-29").' }) to?: string | null;
  @Field(() => ID, { nullable: true, description: 'The article whose account gives the new value.' })
  sourceArticleId?: string | null;
}

@ObjectType('FactChange', { description: "One fact of an article's revision: added, changed or removed." })
export class FactChange {
  @Field(() => String, { description: 'entity, event, place, partOf, participation, position, claim, stance …' })
  kind!: string;
  @Field(() => String, {
    description: 'Its identity across revisions: "figure|figure:x", "stance|claim:y|org:z|ASSERTS".',
  })
  key!: string;
  @Field(() => String, { description: 'Where it is in the bundle: "claims[1] (claim:x) → figures[0]".' }) fact!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The fact in the previous revision.' }) before?: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The fact in this revision.' }) after?: unknown;
}

@ObjectType('Revision', {
  description:
    'A changed bundle for an article already stored: the facts added, changed and removed, applied in one ' +
    'transaction (or, with dryRun, only reported).',
})
export class Revision {
  @Field(() => Int, { description: 'The revision number (the first version of an article is 1).' }) number!: number;
  @Field(() => Boolean, {
    description: 'False when the article was stored before bundles were kept: nothing could be removed.',
  })
  previousKnown!: boolean;
  @Field(() => [FactChange], { description: 'Facts new in this revision.' }) added!: FactChange[];
  @Field(() => [FactChange], { description: 'Facts whose content changed (their values were replaced).' })
  changed!: FactChange[];
  @Field(() => [FactChange], { description: 'Facts no longer in the bundle (this article is no longer their source).' })
  removed!: FactChange[];
}

@ObjectType('MetricInfo', { description: 'A controlled metric figures count.' })
export class MetricInfo {
  @Field(() => String, { description: 'The metric: people_killed, talks_duration …' }) name!: string;
  @Field(() => String, { description: 'Its usual unit.' }) unit!: string;
  @Field(() => String, { description: 'What it counts.' }) about!: string;
  @Field(() => [String], { description: 'Other names bundles may use for it (kept as the figure label).' })
  synonyms!: string[];
}

@ObjectType('Office', { description: 'An office of an organization (or a country), shared by its holders.' })
export class Office {
  @Field(() => ID, { description: '"office:defence-minister-of-pakistan".' }) id!: string;
  @Field(() => String, { description: 'Its name.' }) name!: string;
  @Field(() => [String], { description: 'Other names.' }) aliases!: string[];
  organizationId?: string | null;
}
