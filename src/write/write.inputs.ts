import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';
import { EntityKind } from '../entity/entity-kind.enum';
import {
  Basis,
  ClaimKind,
  EventSubType,
  EventType,
  FigureScope,
  OrganizationType,
  ParticipantRole,
  PlaceType,
  Stance,
} from '../graphql/enums';
import { RELATIONSHIP_TYPE_NAMES } from '../ingest/vocabulary';

const PARTIAL_DATE = 'YYYY, YYYY-MM or YYYY-MM-DD: the form is the precision.';

export const WritableRelationshipType = Object.fromEntries(
  [...RELATIONSHIP_TYPE_NAMES, 'PARTICIPATED_IN'].map((t) => [t, t]),
) as Record<string, string>;
registerEnumType(WritableRelationshipType, {
  name: 'WritableRelationshipType',
  description: 'Relationships an editor may add or remove between two entities.',
});

@InputType('SourceRefInput', { description: 'Which article a fact comes from, and how the article supports it.' })
export class SourceRefInput {
  @Field(() => ID) articleId!: string;
  @Field(() => Basis, { nullable: true, description: 'Default ARTICLE (then evidence is required).' }) basis?: string;
  @Field(() => String, { nullable: true }) attribution?: string;
  @Field(() => String, { nullable: true, description: 'Verbatim excerpt of the article.' }) evidence?: string;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => ID, { nullable: true, description: 'The actor the article names as its source.' }) reportedById?: string;
}

@InputType('CreateEntityInput')
export class CreateEntityInput {
  @Field(() => ID, { nullable: true, description: 'Default: kind prefix + name slug, e.g. "person:sarfraz-bugti".' })
  id?: string;
  @Field(() => EntityKind) kind!: EntityKind;
  @Field(() => String) name!: string;
  @Field(() => [String], { nullable: true }) aliases?: string[];
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => OrganizationType, { nullable: true, description: 'Required for organizations.' }) orgType?: string;
  @Field(() => PlaceType, { nullable: true, description: 'Required for places.' }) placeType?: string;
  @Field(() => String, { nullable: true }) countryCode?: string;
  @Field(() => EventType, { nullable: true, description: 'Required for events.' }) eventType?: string;
  @Field(() => EventSubType, { nullable: true, description: 'Required for events.' }) subType?: string;
  @Field(() => String, { nullable: true, description: `Event start. ${PARTIAL_DATE}` }) start?: string;
  @Field(() => String, { nullable: true, description: `Event end. ${PARTIAL_DATE}` }) end?: string;
}

@InputType('UpdateEntityInput', { description: 'Only the fields given change.' })
export class UpdateEntityInput {
  @Field(() => String, { nullable: true, description: 'The old name is kept as an alias.' }) name?: string;
  @Field(() => [String], { nullable: true }) addAliases?: string[];
  @Field(() => [String], { nullable: true }) removeAliases?: string[];
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => OrganizationType, { nullable: true }) orgType?: string;
  @Field(() => PlaceType, { nullable: true }) placeType?: string;
  @Field(() => String, { nullable: true }) countryCode?: string;
  @Field(() => EventType, { nullable: true }) eventType?: string;
  @Field(() => EventSubType, { nullable: true }) subType?: string;
}

@InputType('AddRelationshipInput')
export class AddRelationshipInput {
  @Field(() => WritableRelationshipType) type!: string;
  @Field(() => ID, { description: 'For PARTICIPATED_IN: the actor.' }) fromId!: string;
  @Field(() => ID, { description: 'For PARTICIPATED_IN: the event.' }) toId!: string;
  @Field(() => ParticipantRole, { nullable: true, description: 'Required for PARTICIPATED_IN.' }) role?: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) start?: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) end?: string;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => SourceRefInput) source!: SourceRefInput;
}

@InputType('StanceInput')
export class StanceInput {
  @Field(() => ID) actorId!: string;
  @Field(() => Stance) stance!: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) date?: string;
  @Field(() => String, { nullable: true, description: 'Verbatim words.' }) quote?: string;
  @Field(() => String, { nullable: true }) via?: string;
}

@InputType('FigureInput')
export class FigureInput {
  @Field(() => ID, { nullable: true }) id?: string;
  @Field(() => String, { description: 'snake_case, e.g. militants_killed.' }) metric!: string;
  @Field(() => Float, { nullable: true }) value?: number;
  @Field(() => Float, { nullable: true }) low?: number;
  @Field(() => Float, { nullable: true }) best?: number;
  @Field(() => Float, { nullable: true }) high?: number;
  @Field(() => String, { nullable: true }) approximation?: string;
  @Field(() => String, { description: 'snake_case, e.g. people.' }) unit!: string;
  @Field(() => FigureScope) scope!: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) periodStart?: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) periodEnd?: string;
  @Field(() => ID, { nullable: true }) placeId?: string;
  @Field(() => ID, { nullable: true, description: 'Required for scope EVENT.' }) eventId?: string;
  @Field(() => String, { nullable: true }) qualifier?: string;
}

@InputType('AddClaimInput')
export class AddClaimInput {
  @Field(() => ID, { nullable: true, description: 'Default: "claim:" + a slug of the text.' }) id?: string;
  @Field(() => ClaimKind) kind!: string;
  @Field(() => String, { description: 'The claim in one neutral sentence.' }) text!: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE }) date?: string;
  @Field(() => [StanceInput], { description: 'At least one ASSERTS.' }) stances!: StanceInput[];
  @Field(() => [ID], { nullable: true }) aboutIds?: string[];
  @Field(() => [FigureInput], { nullable: true }) figures?: FigureInput[];
  @Field(() => SourceRefInput) source!: SourceRefInput;
}

@InputType('AddFigureInput')
export class AddFigureInput {
  @Field(() => ID, {
    nullable: true,
    description: "The claim stating it; absent for an event count in the article's own voice.",
  })
  claimId?: string;
  @Field(() => FigureInput) figure!: FigureInput;
  @Field(() => SourceRefInput) source!: SourceRefInput;
}
