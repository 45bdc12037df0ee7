import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type {
  ClaimDraft,
  EntityPatch,
  FigureDraft,
  FigureFactDraft,
  NewEntity,
  RelationshipDraft,
  SourceRef,
  StanceDraft,
  WritableRelationshipType as WritableType,
} from '../../engine/write/write.inputs';
import type {
  Basis as BasisName,
  ClaimKind as ClaimKindName,
  EntityKind as EntityKindName,
  EventSubType as EventSubTypeName,
  EventType as EventTypeName,
  FigureScope as FigureScopeName,
  OrganizationType as OrganizationTypeName,
  ParticipantRole as ParticipantRoleName,
  PlaceType as PlaceTypeName,
  Stance as StanceName,
} from '../../model/vocabulary';
import {
  Basis,
  ClaimKind,
  EntityKind,
  EventSubType,
  EventType,
  FigureScope,
  OrganizationType,
  ParticipantRole,
  PlaceType,
  Stance,
  WritableRelationshipType,
} from './enums';

// The GraphQL inputs of the mutations; each implements the engine's input type, so the two cannot drift.

const PARTIAL_DATE = 'YYYY, YYYY-MM or YYYY-MM-DD: the form is the precision.';

@InputType('SourceRefInput', { description: 'Which article a fact comes from, and how the article supports it.' })
export class SourceRefInput implements SourceRef {
  @Field(() => ID, { description: 'The article, stored before (ingestArticle).' }) articleId!: string;
  @Field(() => Basis, { nullable: true, description: 'Default ARTICLE (then evidence is required).' })
  basis?: BasisName;
  @Field(() => String, { nullable: true, description: 'Who the article says said it, in its words.' })
  attribution?: string;
  @Field(() => String, { nullable: true, description: 'Verbatim excerpt of the article.' }) evidence?: string;
  @Field(() => String, { nullable: true, description: 'A remark for editors.' }) note?: string;
  @Field(() => ID, { nullable: true, description: 'The actor the article names as its source.' }) reportedById?: string;
}

@InputType('CreateEntityInput', { description: 'A new person, organization, place or event.' })
export class CreateEntityInput implements NewEntity {
  @Field(() => ID, { nullable: true, description: 'Default: kind prefix + name slug, e.g. "person:sarfraz-bugti".' })
  id?: string;
  @Field(() => EntityKind, { description: 'What it is.' }) kind!: EntityKindName;
  @Field(() => String, { description: 'Its usual name; refused (CONFLICT) when known for the kind.' }) name!: string;
  @Field(() => [String], { nullable: true, description: 'Other names and spellings.' }) aliases?: string[];
  @Field(() => String, { nullable: true, description: 'A short neutral description.' }) description?: string;
  @Field(() => OrganizationType, { nullable: true, description: 'Required for organizations.' })
  orgType?: OrganizationTypeName;
  @Field(() => PlaceType, { nullable: true, description: 'Required for places.' }) placeType?: PlaceTypeName;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, for countries.' }) countryCode?: string;
  @Field(() => EventType, { nullable: true, description: 'Required for events.' }) eventType?: EventTypeName;
  @Field(() => EventSubType, { nullable: true, description: 'Required for events.' }) subType?: EventSubTypeName;
  @Field(() => String, { nullable: true, description: `Event start. ${PARTIAL_DATE}` }) start?: string;
  @Field(() => String, { nullable: true, description: `Event end. ${PARTIAL_DATE}` }) end?: string;
}

@InputType('UpdateEntityInput', { description: 'Only the fields given change.' })
export class UpdateEntityInput implements EntityPatch {
  @Field(() => String, { nullable: true, description: 'The old name is kept as an alias.' }) name?: string;
  @Field(() => [String], { nullable: true, description: 'Names to add; those already known are skipped.' })
  addAliases?: string[];
  @Field(() => [String], { nullable: true, description: 'Names to remove.' }) removeAliases?: string[];
  @Field(() => String, { nullable: true, description: 'A new description.' }) description?: string;
  @Field(() => OrganizationType, { nullable: true, description: 'Organizations only.' })
  orgType?: OrganizationTypeName;
  @Field(() => PlaceType, { nullable: true, description: 'Places only.' }) placeType?: PlaceTypeName;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, for countries.' }) countryCode?: string;
  @Field(() => EventType, { nullable: true, description: 'Events only.' }) eventType?: EventTypeName;
  @Field(() => EventSubType, { nullable: true, description: 'Events only.' }) subType?: EventSubTypeName;
  @Field(() => Int, {
    nullable: true,
    description:
      'The version you read (Entity.version); the update is refused (CONFLICT) when the entity has changed since.',
  })
  expectedVersion?: number;
}

@InputType('AddRelationshipInput', { description: 'A relationship between two entities in the graph.' })
export class AddRelationshipInput implements RelationshipDraft {
  @Field(() => WritableRelationshipType, { description: 'The relationship type.' }) type!: WritableType;
  @Field(() => ID, { description: 'For PARTICIPATED_IN: the actor.' }) fromId!: string;
  @Field(() => ID, { description: 'For PARTICIPATED_IN: the event.' }) toId!: string;
  @Field(() => ParticipantRole, { nullable: true, description: 'Required for PARTICIPATED_IN.' })
  role?: ParticipantRoleName;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) start?: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) end?: string;
  @Field(() => String, { nullable: true, description: 'A remark for editors.' }) note?: string;
  @Field(() => SourceRefInput, { description: 'The article it comes from.' }) source!: SourceRefInput;
}

@InputType('StanceInput', { description: 'Who asserts, denies or disputes a claim, and in what words.' })
export class StanceInput implements StanceDraft {
  @Field(() => ID, {
    nullable: true,
    description: 'The person, organization or country speaking. Give exactly one of actorId, anonymous, outlet.',
  })
  actorId?: string;
  @Field(() => String, {
    nullable: true,
    description:
      'An unnamed source in the article\'s words ("informed diplomatic sources"); it belongs to the article.',
  })
  anonymous?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: the outlet itself, in its own voice.' }) outlet?: boolean;
  @Field(() => Stance, { description: 'What the speaker does with the claim.' }) stance!: StanceName;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) date?: string;
  @Field(() => String, { nullable: true, description: 'Verbatim words.' }) quote?: string;
  @Field(() => String, { nullable: true, description: 'The channel: "press conference", "statement".' })
  via?: string;
}

@InputType('FigureInput', { description: 'A number the article states: a value, or a range with a best guess.' })
export class FigureInput implements FigureDraft {
  @Field(() => ID, { nullable: true, description: 'Default: made from the article, metric and scope.' }) id?: string;
  @Field(() => String, {
    description: 'A controlled metric (see the metrics query) or a synonym, e.g. militants_killed.',
  })
  metric!: string;
  @Field(() => String, { nullable: true, description: "The article's own name for the measure." }) label?: string;
  @Field(() => Float, { nullable: true, description: 'The exact value, when the article gives one.' }) value?: number;
  @Field(() => Float, { nullable: true, description: 'The low end of a range.' }) low?: number;
  @Field(() => Float, { nullable: true, description: 'The best estimate within a range.' }) best?: number;
  @Field(() => Float, { nullable: true, description: 'The high end of a range.' }) high?: number;
  @Field(() => String, {
    nullable: true,
    description: 'The article\'s words when the number is not exact: "dozens", "over 200".',
  })
  approximation?: string;
  @Field(() => String, { description: 'snake_case, e.g. people.' }) unit!: string;
  @Field(() => FigureScope, { description: 'EVENT: one event (eventId); AGGREGATE: a place and a period.' })
  scope!: FigureScopeName;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) periodStart?: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) periodEnd?: string;
  @Field(() => ID, { nullable: true, description: 'The place counted.' }) placeId?: string;
  @Field(() => [ID], { nullable: true, description: 'Every place counted, for a figure over several places.' })
  placeIds?: string[];
  @Field(() => ID, { nullable: true, description: 'Required for scope EVENT.' }) eventId?: string;
  @Field(() => String, { nullable: true, description: 'What is and is not counted ("casualties, not deaths").' })
  qualifier?: string;
}

@InputType('AddClaimInput', { description: 'A claim, who takes which stance on it, and its figures.' })
export class AddClaimInput implements ClaimDraft {
  @Field(() => ID, { nullable: true, description: 'Default: "claim:" + a slug of the text.' }) id?: string;
  @Field(() => ClaimKind, { description: 'What kind of statement it is.' }) kind!: ClaimKindName;
  @Field(() => String, { description: 'The claim in one neutral sentence.' }) text!: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) date?: string;
  @Field(() => [StanceInput], { description: 'At least one ASSERTS.' }) stances!: StanceInput[];
  @Field(() => [ID], { nullable: true, description: 'The entities it is about.' }) aboutIds?: string[];
  @Field(() => [FigureInput], { nullable: true, description: 'The numbers it states.' }) figures?: FigureInput[];
  @Field(() => SourceRefInput, { description: 'The article it comes from.' }) source!: SourceRefInput;
}

@InputType('AddFigureInput', { description: 'A figure, stated by a claim or by the article itself.' })
export class AddFigureInput implements FigureFactDraft {
  @Field(() => ID, {
    nullable: true,
    description: "The claim stating it; absent for an event count in the article's own voice.",
  })
  claimId?: string;
  @Field(() => FigureInput, { description: 'The number.' }) figure!: FigureInput;
  @Field(() => SourceRefInput, { description: 'The article it comes from.' }) source!: SourceRefInput;
}
