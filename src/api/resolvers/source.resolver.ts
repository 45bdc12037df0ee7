import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { boundedInt } from '../../core/args';
import { Entity } from '../types/entity.type';
import { Article, Mention, Source } from '../types/source.type';
import type { ArticleRecord, MentionRecord, ProvenanceRecord } from '../../model/source.model';

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => Article)
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
  @FieldResolver(() => Entity, { nullable: true })
  entity(@Root() m: MentionRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(m.entityId);
  }

  @FieldResolver(() => Article, { nullable: true })
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

  @Query(() => Article, { nullable: true })
  article(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.sources.articleById(id);
  }

  @Query(() => [Article], { description: 'Articles, newest first.' })
  articles(@Arg('limit', () => Int, { defaultValue: 50 }) limit: number, @Ctx() ctx: GraphQLContext) {
    return ctx.sources.listArticles(boundedInt('limit', limit, 1, 1000));
  }
}
