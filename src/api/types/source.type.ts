import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Basis, DateCertainty, DatePrecision } from './enums';
import { Node } from './node.type';

@ObjectType('Mention', { description: "A place in an article's text where a known entity is named." })
export class Mention {
  @Field(() => String, { description: 'The words as written.' }) surface!: string;
  @Field(() => Int, { description: 'Offset in the article text (UTF-16), end exclusive.' }) start!: number;
  @Field(() => Int, { description: 'Offset just past the last character (UTF-16).' }) end!: number;
  @Field(() => Boolean, { description: 'Several entities share these words; the linker picked one.' })
  ambiguous!: boolean;
  articleId!: string;
  entityId!: string;
}

@ObjectType('Article', { implements: Node, description: 'A news article that facts in the graph come from.' })
export class Article {
  @Field(() => ID, { description: 'Globally unique id ("article:…").' }) id!: string;
  @Field(() => String, { description: 'Headline.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'The outlet that published it.' }) publisher?: string | null;
  @Field(() => GraphQLLocalDate, { description: 'Publication date (its first day when only month or year is known).' })
  publishedDate!: string;
  @Field(() => DatePrecision, { description: 'How exact publishedDate is.' }) datePrecision!: string;
  @Field(() => DateCertainty, { description: 'Whether the page states the date or it was inferred from the text.' })
  dateCertainty!: string;
  @Field(() => String, { nullable: true, description: 'How the date was found, when it was not printed plainly.' })
  dateNote?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'File name of the text, relative to the bundle it came in (the seed ships it in data/articles/).',
  })
  file?: string | null;
  @Field(() => String, { nullable: true, description: 'Where it was published.' }) url?: string | null;
  @Field(() => String, { nullable: true, description: 'Language of the text (ISO 639-1, e.g. en, ur).' }) language?:
    string | null;
  @Field(() => [String], {
    description: 'Capitalised names in the text that matched no entity, for editors to review.',
  })
  mentionCandidates!: string[];
}

@ObjectType('Source', {
  description: 'Where a fact comes from: the article, how it attributes the fact, and the excerpt.',
})
export class Source {
  @Field(() => Basis, { description: 'How the fact is known: from the article, general knowledge or inference.' })
  basis!: string;
  @Field(() => String, {
    nullable: true,
    description: 'How the article attributes it: "state media reported, citing intelligence sources".',
  })
  attribution?: string | null;
  @Field(() => String, { nullable: true, description: 'The excerpt of the article that supports the fact.' })
  evidence?: string | null;
  @Field(() => String, { nullable: true, description: 'Why a GENERAL_KNOWLEDGE or INFERENCE fact is known.' })
  note?: string | null;
  // article and reportedBy are resolved by SourceResolver.
  articleId!: string;
  reportedById?: string | null;
}
