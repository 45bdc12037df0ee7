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
  @Field(() => ID) articleId!: string;
  @Field(() => Basis, { nullable: true, description: 'Default ARTICLE (then evidence is required).' })
  basis?: BasisName;
  @Field(() => String, { nullable: true }) attribution?: string;
  @Field(() => String, { nullable: true, description: 'Verbatim excerpt of the article.' }) evidence?: string;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => ID, { nullable: true, description: 'The actor the article names as its source.' }) reportedById?: string;
}

@InputType('CreateEntityInput')
export class CreateEntityInput implements NewEntity {
  @Field(() => ID, { nullable: true, description: 'Default: kind prefix + name slug, e.g. "person:sarfraz-bugti".' })
  id?: string;
  @Field(() => EntityKind) kind!: EntityKindName;
  @Field(() => String) name!: string;
  @Field(() => [String], { nullable: true }) aliases?: string[];
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => OrganizationType, { nullable: true, description: 'Required for organizations.' })
  orgType?: OrganizationTypeName;
  @Field(() => PlaceType, { nullable: true, description: 'Required for places.' }) placeType?: PlaceTypeName;
  @Field(() => String, { nullable: true }) countryCode?: string;
  @Field(() => EventType, { nullable: true, description: 'Required for events.' }) eventType?: EventTypeName;
  @Field(() => EventSubType, { nullable: true, description: 'Required for events.' }) subType?: EventSubTypeName;
  @Field(() => String, { nullable: true, description: `Event start. ${PARTIAL_DATE}` }) start?: string;
  @Field(() => String, { nullable: true, description: `Event end. ${PARTIAL_DATE}` }) end?: string;
}

@InputType('UpdateEntityInput', { description: 'Only the fields given change.' })
export class UpdateEntityInput implements EntityPatch {
  @Field(() => String, { nullable: true, description: 'The old name is kept as an alias.' }) name?: string;
  @Field(() => [String], { nullable: true }) addAliases?: string[];
  @Field(() => [String], { nullable: true }) removeAliases?: string[];
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => OrganizationType, { nullable: true }) orgType?: OrganizationTypeName;
  @Field(() => PlaceType, { nullable: true }) placeType?: PlaceTypeName;
  @Field(() => String, { nullable: true }) countryCode?: string;
  @Field(() => EventType, { nullable: true }) eventType?: EventTypeName;
  @Field(() => EventSubType, { nullable: true }) subType?: EventSubTypeName;
  @Field(() => Int, {
    nullable: true,
    description:
      'The version you read (Entity.version); the update is refused (CONFLICT) when the entity has changed since.',
  })
  expectedVersion?: number;
}

@InputType('AddRelationshipInput')
export class AddRelationshipInput implements RelationshipDraft {
  @Field(() => WritableRelationshipType) type!: WritableType;
  @Field(() => ID, { description: 'For PARTICIPATED_IN: the actor.' }) fromId!: string;
  @Field(() => ID, { description: 'For PARTICIPATED_IN: the event.' }) toId!: string;
  @Field(() => ParticipantRole, { nullable: true, description: 'Required for PARTICIPATED_IN.' })
  role?: ParticipantRoleName;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) start?: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) end?: string;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => SourceRefInput) source!: SourceRefInput;
}

@InputType('StanceInput')
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
  @Field(() => Stance) stance!: StanceName;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) date?: string;
  @Field(() => String, { nullable: true, description: 'Verbatim words.' }) quote?: string;
  @Field(() => String, { nullable: true }) via?: string;
}

@InputType('FigureInput')
export class FigureInput implements FigureDraft {
  @Field(() => ID, { nullable: true }) id?: string;
  @Field(() => String, {
    description: 'A controlled metric (see the metrics query) or a synonym, e.g. militants_killed.',
  })
  metric!: string;
  @Field(() => String, { nullable: true, description: "The article's own name for the measure." }) label?: string;
  @Field(() => Float, { nullable: true }) value?: number;
  @Field(() => Float, { nullable: true }) low?: number;
  @Field(() => Float, { nullable: true }) best?: number;
  @Field(() => Float, { nullable: true }) high?: number;
  @Field(() => String, { nullable: true }) approximation?: string;
  @Field(() => String, { description: 'snake_case, e.g. people.' }) unit!: string;
  @Field(() => FigureScope) scope!: FigureScopeName;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) periodStart?: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) periodEnd?: string;
  @Field(() => ID, { nullable: true }) placeId?: string;
  @Field(() => [ID], { nullable: true, description: 'Every place counted, for a figure over several places.' })
  placeIds?: string[];
  @Field(() => ID, { nullable: true, description: 'Required for scope EVENT.' }) eventId?: string;
  @Field(() => String, { nullable: true }) qualifier?: string;
}

@InputType('AddClaimInput')
export class AddClaimInput implements ClaimDraft {
  @Field(() => ID, { nullable: true, description: 'Default: "claim:" + a slug of the text.' }) id?: string;
  @Field(() => ClaimKind) kind!: ClaimKindName;
  @Field(() => String, { description: 'The claim in one neutral sentence.' }) text!: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) date?: string;
  @Field(() => [StanceInput], { description: 'At least one ASSERTS.' }) stances!: StanceInput[];
  @Field(() => [ID], { nullable: true }) aboutIds?: string[];
  @Field(() => [FigureInput], { nullable: true }) figures?: FigureInput[];
  @Field(() => SourceRefInput) source!: SourceRefInput;
}

@InputType('AddFigureInput')
export class AddFigureInput implements FigureFactDraft {
  @Field(() => ID, {
    nullable: true,
    description: "The claim stating it; absent for an event count in the article's own voice.",
  })
  claimId?: string;
  @Field(() => FigureInput) figure!: FigureInput;
  @Field(() => SourceRefInput) source!: SourceRefInput;
}
