import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Revision, ValueChange } from './account.type';
import { Entity } from './entity.type';

@ObjectType('FactCount')
export class FactCount {
  @Field(() => String) group!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('MatchedEntity', { description: 'A bundle id that resolved to an entity already in the graph.' })
export class MatchedEntity {
  @Field(() => ID) bundleId!: string;
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '"id" or "name" (a normalised name or alias of the same kind).' }) by!: string;
}

@ObjectType('MentionSummary')
export class MentionSummary {
  @Field(() => Int) linked!: number;
  @Field(() => Int, { description: 'MENTIONS edges new in this request.' }) created!: number;
  @Field(() => [String], { description: 'Capitalised names in the text that matched no entity, for review.' })
  candidates!: string[];
}

@ObjectType('IngestResult')
export class IngestResult {
  @Field(() => ID) articleId!: string;
  @Field(() => Boolean) articleCreated!: boolean;
  @Field(() => String, { description: 'How an existing article was recognised: id, url or contentHash.' })
  matchedBy!: string;
  @Field(() => [FactCount]) created!: FactCount[];
  @Field(() => [FactCount], { description: 'Facts this article had already contributed.' }) skipped!: FactCount[];
  @Field(() => [FactCount], {
    description: 'Facts this article had contributed whose values a revision replaced (or a correction).',
  })
  updated!: FactCount[];
  @Field(() => [MatchedEntity]) matched!: MatchedEntity[];
  @Field(() => MentionSummary, { nullable: true }) mentions?: MentionSummary | null;
  @Field(() => Revision, {
    nullable: true,
    description: 'Present when the bundle revised an article already stored from another bundle: the diff.',
  })
  revision?: Revision | null;
  @Field(() => [ValueChange], {
    description: 'Values shown by default that this write changed (another account now wins, or none did before).',
  })
  valueChanges!: ValueChange[];
  @Field(() => Boolean, { description: 'True when nothing was written (dryRun): the result says what would change.' })
  dryRun!: boolean;
}

@ObjectType('MergeResult')
export class MergeResult {
  @Field(() => Entity) kept!: unknown;
  @Field(() => Int, { description: 'Relationships moved onto the kept entity.' }) moved!: number;
  @Field(() => [String]) aliases!: string[];
  @Field(() => Int, {
    description: 'Duplicate offices joined afterwards (the same office of the same body under two ids).',
  })
  officesMerged!: number;
}

@ObjectType('DeleteResult')
export class DeleteResult {
  @Field(() => ID) id!: string;
  @Field(() => Boolean, { description: 'false: soft delete (restorable, relationships kept).' }) hard!: boolean;
}

@ObjectType('LinkedMention')
export class LinkedMention {
  // entity is resolved by LinkedMentionResolver, through the request's entity loader.
  entityId!: string;
  @Field(() => String) surface!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => Boolean) ambiguous!: boolean;
  @Field(() => [ID]) alternatives!: string[];
}

@ObjectType('MentionCandidate')
export class MentionCandidate {
  @Field(() => String) surface!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) count!: number;
}

@ObjectType('MentionLinkResult')
export class MentionLinkResult {
  @Field(() => [LinkedMention]) mentions!: LinkedMention[];
  @Field(() => [MentionCandidate]) candidates!: MentionCandidate[];
  @Field(() => Int) created!: number;
}
