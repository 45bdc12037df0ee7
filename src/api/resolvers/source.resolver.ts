import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { boundedInt } from '../../core/args';
import { Entity } from '../types/entity.type';
import { Article, Mention, Source } from '../types/source.type';
import type { ArticleRecord, MentionRecord, ProvenanceRecord } from '../../model/source.model';

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => Article, { description: 'The article.' })
  article(@Root() s: ProvenanceRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.sources.articleById(s.articleId);
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The actor the article names as its source for the fact.',
  })
  reportedBy(@Root() s: ProvenanceRecord, @Ctx() ctx: GraphQLContext) {
    return s.reportedById ? ctx.entities.findById(s.reportedById) : null;
  }
}

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The entity named; null when it was deleted since.' })
  entity(@Root() m: MentionRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(m.entityId);
  }

  @FieldResolver(() => Article, {
    nullable: true,
    description: 'The article naming it; null when it was deleted since.',
  })
  article(@Root() m: MentionRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.sources.articleById(m.articleId);
  }
}

@Resolver(() => Article)
export class ArticleResolver {
  @FieldResolver(() => [Mention], {
    description: 'Known entities named in the text, in text order (from the mention linker).',
  })
  mentions(@Root() a: ArticleRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.sources.mentionsIn(a.id);
  }

  @Query(() => Article, { nullable: true, description: 'One article by id; null when none has that id.' })
  article(
    @Arg('id', () => ID, { description: 'The article\'s id ("article:…").' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.sources.articleById(id);
  }

  @Query(() => [Article], { description: 'Articles, newest first.' })
  articles(
    @Arg('limit', () => Int, { defaultValue: 50, description: 'Most articles returned (1 to 1000).' }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.sources.listArticles(boundedInt('limit', limit, 1, 1000));
  }
}
