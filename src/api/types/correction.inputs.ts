import { Field, Float, ID, InputType } from 'type-graphql';
import type {
  ClaimPatch,
  EntityCorrection,
  FigurePatch,
  OfficePatch,
  PositionCorrection,
  RelationshipCorrection,
  StancePatch,
} from '../../engine/write/write.inputs';
import type {
  ClaimKind as ClaimKindName,
  EventStatus as EventStatusName,
  FigureScope as FigureScopeName,
} from '../../model/vocabulary';
import { ClaimKind, EventStatus, FigureScope } from './enums';

// The inputs of the correction mutations; each implements the engine's input type, so the two cannot drift.

const PARTIAL_DATE = 'YYYY, YYYY-MM or YYYY-MM-DD: the form is the precision.';

@InputType('EntityCorrectionInput', {
  description:
    "What the cited article says of an entity or event. Description, dates and status become that article's " +
    'account and are preferred for those fields; places are added with this source or removed. Only the fields given ' +
    'change.',
})
export class EntityCorrectionInput implements EntityCorrection {
  @Field(() => String, { nullable: true, description: 'The description the article gives.' })
  description?: string;
  @Field(() => String, {
    nullable: true,
    description: `Event start. ${PARTIAL_DATE} Dates are corrected as a whole: end and ongoing as given here.`,
  })
  start?: string;
  @Field(() => String, { nullable: true, description: `Event end (needs start). ${PARTIAL_DATE}` }) end?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Still going on at the article date, no end known (needs start).',
  })
  ongoing?: boolean;
  @Field(() => EventStatus, { nullable: true, description: 'PLANNED, ONGOING, CONCLUDED or CANCELLED (events only).' })
  status?: EventStatusName;
  @Field(() => [ID], { nullable: true, description: 'Places the event happened in, added with this source.' })
  addPlaceIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Places removed from the event (kept in a ChangeRecord).' })
  removePlaceIds?: string[];
}

@InputType('FigurePatchInput', {
  description: "A figure's fields to change, from the cited article; fields not given keep their value.",
})
export class FigurePatchInput implements FigurePatch {
  @Field(() => String, { nullable: true, description: 'A controlled metric (see the metrics query) or a synonym.' })
  metric?: string;
  @Field(() => String, { nullable: true, description: "The article's own name for the measure." }) label?: string;
  @Field(() => Float, { nullable: true, description: 'An exact number.' }) value?: number;
  @Field(() => Float, { nullable: true, description: 'Low end of a range.' }) low?: number;
  @Field(() => Float, { nullable: true, description: 'Best estimate within a range.' }) best?: number;
  @Field(() => Float, { nullable: true, description: 'High end of a range.' }) high?: number;
  @Field(() => String, { nullable: true, description: 'The wording when not exact: "dozens", "over 200".' })
  approximation?: string;
  @Field(() => String, { nullable: true, description: 'snake_case: people, hours.' }) unit?: string;
  @Field(() => FigureScope, { nullable: true, description: 'AGGREGATE or EVENT.' }) scope?: FigureScopeName;
  @Field(() => String, { nullable: true, description: `Start of the period counted. ${PARTIAL_DATE}` })
  periodStart?: string;
  @Field(() => String, { nullable: true, description: `End of the period counted. ${PARTIAL_DATE}` })
  periodEnd?: string;
  @Field(() => [ID], { nullable: true, description: 'Every place counted (replaces the places).' })
  placeIds?: string[];
  @Field(() => ID, { nullable: true, description: 'The event counted (scope EVENT).' }) eventId?: string;
  @Field(() => String, { nullable: true, description: 'What is and is not counted.' }) qualifier?: string;
  @Field(() => [String], {
    nullable: true,
    description:
      'Fields to remove (a range that became exact): label, value, low, best, high, approximation, periodStart, ' +
      'periodEnd, placeIds, eventId, qualifier.',
  })
  clear?: string[];
}

@InputType('ClaimPatchInput', { description: "A claim's fields to change, from the cited article." })
export class ClaimPatchInput implements ClaimPatch {
  @Field(() => ClaimKind, { nullable: true, description: 'STATEMENT, ACCUSATION, DENIAL …' }) kind?: ClaimKindName;
  @Field(() => String, { nullable: true, description: 'The claim in one neutral sentence.' }) text?: string;
  @Field(() => String, { nullable: true, description: `When it was made. ${PARTIAL_DATE}` }) date?: string;
  @Field(() => [ID], { nullable: true, description: 'Entities, events or claims it is also about.' })
  addAboutIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Entities, events or claims it is no longer about.' })
  removeAboutIds?: string[];
}

@InputType('StancePatchInput', { description: "A speaker's stance fields to change, from the cited article." })
export class StancePatchInput implements StancePatch {
  @Field(() => String, { nullable: true, description: `When the speaker said it. ${PARTIAL_DATE}` }) date?: string;
  @Field(() => String, { nullable: true, description: "The speaker's words, verbatim." }) quote?: string;
  @Field(() => String, { nullable: true, description: 'The channel: "press conference", "statement".' }) via?: string;
}

@InputType('PositionCorrectionInput', {
  description: "A position's term as the cited article gives it (preferred over other sources' terms).",
})
export class PositionCorrectionInput implements PositionCorrection {
  @Field(() => String, { nullable: true, description: `Start of the term. ${PARTIAL_DATE}` }) start?: string;
  @Field(() => String, { nullable: true, description: `End of the term. ${PARTIAL_DATE}` }) end?: string;
  @Field(() => String, {
    nullable: true,
    description: `A date the article shows the person in office. ${PARTIAL_DATE}`,
  })
  asOf?: string;
}

@InputType('RelationshipCorrectionInput', {
  description: "A relationship's dates and note as the cited article gives them (a participation has no dates).",
})
export class RelationshipCorrectionInput implements RelationshipCorrection {
  @Field(() => String, { nullable: true, description: `When it began. ${PARTIAL_DATE}` }) start?: string;
  @Field(() => String, { nullable: true, description: `When it ended. ${PARTIAL_DATE}` }) end?: string;
  @Field(() => String, { nullable: true, description: 'A note on it.' }) note?: string;
}

@InputType('OfficePatchInput', { description: "An office's name and aliases; the old name is kept as an alias." })
export class OfficePatchInput implements OfficePatch {
  @Field(() => String, { nullable: true, description: 'The new name.' }) name?: string;
  @Field(() => [String], { nullable: true, description: 'Other names to add.' }) addAliases?: string[];
  @Field(() => [String], { nullable: true, description: 'Other names to remove.' }) removeAliases?: string[];
}
