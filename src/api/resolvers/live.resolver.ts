import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { badInput, notFound } from '../../core/errors';
import type { ArticleIngestedEvent, ClaimAddedEvent, EntityChangedEvent } from '../../model/live.feed';
import type { GraphQLContext } from '../context';
import { inReach, type ReachFilter } from '../live.updates';
import { Claim } from '../types/claim.type';
import { Entity } from '../types/entity.type';
import { ArticleIngested, ClaimAdded, EntityChanged } from '../types/live.type';
import { Article } from '../types/source.type';

// Subscriptions (graphql-ws on /graphql). Each event carries ids only; its fields are read when it is sent,
// through repositories renewed per event, so a long subscription never answers from an old event's cache.

type SubscribeData = SubscribeResolverData<unknown, ReachFilter & { id?: string | null }, GraphQLContext>;

/** A filter naming nothing that exists would wait forever in silence: it is refused when subscribing. */
async function checkFilter({ args, context }: SubscribeData): Promise<void> {
  for (const [field, id] of [
    ['placeId', args.placeId],
    ['entityId', args.entityId],
    ['id', args.id],
  ] as const) {
    if (id == null) continue;
    const entity = await context.entities.findById(id);
    if (!entity) throw notFound('entity', id);
    if (field === 'placeId' && entity.kind !== 'PLACE')
      throw badInput(field, `'${id}' is a ${entity.kind}, not a place`);
  }
}

const PLACE =
  'Only those concerning this place or a place within it (at any depth, through WITHIN). With entityId, both.';
const ENTITY = 'Only those concerning this entity. With placeId, both.';

@Resolver()
export class LiveResolver {
  @Subscription(() => ArticleIngested, {
    description:
      'An article stored or revised by ingestArticle, once its transaction has committed. An article concerns the ' +
      'entities it is a source of or mentions, its places and where its events happened.',
    subscribe: async (data: SubscribeData) => {
      await checkFilter(data);
      return data.context.live.subscribe('articleIngested', (e) => inReach(e, data.args));
    },
  })
  articleIngested(
    @Root() e: ArticleIngestedEvent,
    @Arg('placeId', () => ID, { nullable: true, description: PLACE }) _placeId: string | undefined,
    @Arg('entityId', () => ID, { nullable: true, description: ENTITY }) _entityId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): ArticleIngested {
    ctx.renew();
    return { articleId: e.articleId, articleCreated: e.articleCreated, revision: e.revision };
  }

  @Subscription(() => EntityChanged, {
    description:
      'An entity changed by a committed write: created, updated, deleted, restored, merged, a relationship added ' +
      'or removed, or reported by a new article, claim or figure.',
    subscribe: async (data: SubscribeData) => {
      await checkFilter(data);
      const { id } = data.args;
      return data.context.live.subscribe('entityChanged', (e) => id == null || e.entityId === id);
    },
  })
  entityChanged(
    @Root() e: EntityChangedEvent,
    @Arg('id', () => ID, { nullable: true, description: 'Only this entity; every entity when absent.' })
    _id: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): EntityChanged {
    ctx.renew();
    return { entityId: e.entityId, change: e.change, mergedIntoId: e.mergedIntoId, hard: e.hard };
  }

  @Subscription(() => ClaimAdded, {
    description:
      'A claim stored by addClaim or an ingested article, once committed. A claim concerns the entities it is ' +
      'about, its speakers and the events its figures count; the places it is about, its figures are for, or ' +
      'its events happened in.',
    subscribe: async (data: SubscribeData) => {
      await checkFilter(data);
      return data.context.live.subscribe('claimAdded', (e) => inReach(e, data.args));
    },
  })
  claimAdded(
    @Root() e: ClaimAddedEvent,
    @Arg('placeId', () => ID, { nullable: true, description: PLACE }) _placeId: string | undefined,
    @Arg('entityId', () => ID, { nullable: true, description: ENTITY }) _entityId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): ClaimAdded {
    ctx.renew();
    return { claimId: e.claimId };
  }
}

@Resolver(() => ArticleIngested)
export class ArticleIngestedResolver {
  @FieldResolver(() => Article, { nullable: true, description: 'The article as stored now.' })
  article(@Root() e: ArticleIngested, @Ctx() ctx: GraphQLContext) {
    return ctx.sources.articleById(e.articleId);
  }
}

@Resolver(() => EntityChanged)
export class EntityChangedResolver {
  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The entity as stored now (for one merged away, the one kept); null once deleted.',
  })
  entity(@Root() e: EntityChanged, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(e.entityId);
  }
}

@Resolver(() => ClaimAdded)
export class ClaimAddedResolver {
  @FieldResolver(() => Claim, { nullable: true, description: 'The claim as stored now; null once removed.' })
  claim(@Root() e: ClaimAdded, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.findById(e.claimId);
  }
}
