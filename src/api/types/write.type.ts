import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Revision, ValueChange } from './account.type';
import { Entity } from './entity.type';

@ObjectType('FactCount', { description: 'How many facts of one kind.' })
export class FactCount {
  @Field(() => String, { description: 'The kind of fact: entities, relationships, claims, figures ...' })
  group!: string;
  @Field(() => Int, { description: 'How many.' }) count!: number;
}

@ObjectType('MatchedEntity', { description: 'A bundle id that resolved to an entity already in the graph.' })
export class MatchedEntity {
  @Field(() => ID, { description: 'The id used in the bundle.' }) bundleId!: string;
  @Field(() => ID, { description: "The entity's id in the graph." }) id!: string;
  @Field(() => String, { description: '"id" or "name" (a normalised name or alias of the same kind).' }) by!: string;
}

@ObjectType('MentionSummary', { description: "What the mention linker found in the article's text." })
export class MentionSummary {
  @Field(() => Int, { description: 'Mentions of known entities found.' }) linked!: number;
  @Field(() => Int, { description: 'MENTIONS edges new in this request.' }) created!: number;
  @Field(() => [String], { description: 'Capitalised names in the text that matched no entity, for review.' })
  candidates!: string[];
}

@ObjectType('IngestResult', { description: 'What ingesting a bundle did.' })
export class IngestResult {
  @Field(() => ID, { description: "The article's id in the graph." }) articleId!: string;
  @Field(() => Boolean, { description: 'True when the article is new; false when it was already stored.' })
  articleCreated!: boolean;
  @Field(() => String, { description: 'How an existing article was recognised: id, url or contentHash.' })
  matchedBy!: string;
  @Field(() => [FactCount], { description: 'Facts written, by kind.' }) created!: FactCount[];
  @Field(() => [FactCount], { description: 'Facts this article had already contributed.' }) skipped!: FactCount[];
  @Field(() => [FactCount], {
    description: 'Facts this article had contributed whose values a revision replaced (or a correction).',
  })
  updated!: FactCount[];
  @Field(() => [MatchedEntity], { description: 'Bundle entities recognised as ones already in the graph.' })
  matched!: MatchedEntity[];
  @Field(() => MentionSummary, {
    nullable: true,
    description: 'Mentions linked in the text; null when the bundle came without text.',
  })
  mentions?: MentionSummary | null;
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

@ObjectType('MergeResult', { description: 'The outcome of merging two entities.' })
export class MergeResult {
  @Field(() => Entity, { description: "The entity kept, with the merged one's relationships and names." })
  kept!: unknown;
  @Field(() => Int, { description: 'Relationships moved onto the kept entity.' }) moved!: number;
  @Field(() => [String], { description: "The kept entity's aliases after the merge." }) aliases!: string[];
  @Field(() => Int, {
    description: 'Duplicate offices joined afterwards (the same office of the same body under two ids).',
  })
  officesMerged!: number;
}

@ObjectType('DeleteResult', { description: 'The outcome of deleting an entity.' })
export class DeleteResult {
  @Field(() => ID, { description: 'The entity deleted.' }) id!: string;
  @Field(() => Boolean, { description: 'false: soft delete (restorable, relationships kept).' }) hard!: boolean;
}

@ObjectType('LinkedMention', { description: 'A known entity found in a text.' })
export class LinkedMention {
  // entity is resolved by LinkedMentionResolver, through the request's entity loader.
  entityId!: string;
  @Field(() => String, { description: 'The words as written.' }) surface!: string;
  @Field(() => Int, { description: 'Offset of the first character (UTF-16).' }) start!: number;
  @Field(() => Int, { description: 'Offset just past the last character (UTF-16).' }) end!: number;
  @Field(() => Boolean, { description: 'Several entities share these words; the linker picked one.' })
  ambiguous!: boolean;
  @Field(() => [ID], { description: 'Ids of the other entities these words could mean.' }) alternatives!: string[];
}

@ObjectType('MentionCandidate', { description: 'Capitalised words in a text that matched no entity, for review.' })
export class MentionCandidate {
  @Field(() => String, { description: 'The words as written.' }) surface!: string;
  @Field(() => Int, { description: 'Offset of the first occurrence (UTF-16).' }) start!: number;
  @Field(() => Int, { description: 'How often they occur.' }) count!: number;
}

@ObjectType('MentionLinkResult', { description: 'What linking mentions in a text found.' })
export class MentionLinkResult {
  @Field(() => [LinkedMention], { description: 'Known entities named in the text, in text order.' })
  mentions!: LinkedMention[];
  @Field(() => [MentionCandidate], { description: 'Capitalised names that matched no entity.' })
  candidates!: MentionCandidate[];
  @Field(() => Int, { description: 'MENTIONS edges new in this request.' }) created!: number;
}
