import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { EntityKind as EntityKindName } from '../../model/vocabulary';
import type { GraphQLContext } from '../context';
import { EntityKind } from '../types/enums';
import { keysetWindow } from '../../core/keyset';
import { PageArgs } from '../types/connection.type';
import { badInput } from '../../core/errors';
import { Claim } from '../types/claim.type';
import { Mention, Source } from '../types/source.type';
import { Entity, Event, Organization, Person, Place } from '../types/entity.type';
import { Relationship } from '../types/relationship.type';
import { buildSearchQuery, type SearchPage } from '../../read/entity/search.query';
import { SearchConnection } from '../types/search.type';
import { EntityName } from '../types/name.type';
import { namesWithScripts } from '../../model/names';
import type { EntityContextParts } from '../../read/entity/entity.repository';
import { selectedFields } from '../selection';
import type { ClaimRecord } from '../../model/claim.model';
import type { EntityRecord } from '../../model/entity.model';
import type { RelationshipRecord } from '../../model/relationship.model';
import type { ProvenanceRecord } from '../../model/source.model';

/** The parts of an entity's page the query selects, so the repository reads them with the entity. */
function contextParts(info: GraphQLResolveInfo): EntityContextParts {
  const f = selectedFields(info);
  return {
    relationships: f.has('relationships'),
    sources: f.has('sources'),
    participants: f.has('participants'),
    places: f.has('places'),
  };
}

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'One entity of any kind by id; null when none has that id.' })
  entity(
    @Arg('id', () => ID, { description: 'The entity\'s id, e.g. "person:khawaja-muhammad-asif".' }) id: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityRecord | null> {
    return ctx.entities.findWithContext(id, contextParts(info));
  }

  @Query(() => Person, { nullable: true, description: 'One person by id; null when no person has that id.' })
  person(
    @Arg('id', () => ID, { description: 'The person\'s id ("person:…").' }) id: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.entities.findByIdOfKind(id, EntityKind.PERSON, contextParts(info));
  }

  @Query(() => Organization, { nullable: true, description: 'One organization by id; null when none has that id.' })
  organization(
    @Arg('id', () => ID, { description: 'The organization\'s id ("org:…").' }) id: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.entities.findByIdOfKind(id, EntityKind.ORGANIZATION, contextParts(info));
  }

  @Query(() => Place, { nullable: true, description: 'One place by id; null when none has that id.' })
  place(
    @Arg('id', () => ID, { description: 'The place\'s id ("place:…").' }) id: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.entities.findByIdOfKind(id, EntityKind.PLACE, contextParts(info));
  }

  @Query(() => Event, { nullable: true, description: 'One event by id; null when none has that id.' })
  event(
    @Arg('id', () => ID, { description: 'The event\'s id ("event:…").' }) id: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.entities.findByIdOfKind(id, EntityKind.EVENT, contextParts(info));
  }

  @Query(() => SearchConnection, {
    description:
      'Ranked search over names, aliases and the offices people hold, in Latin, Arabic (Urdu, Pashto, Dari) or ' +
      'Devanagari script: case, diacritics, honorifics, keyboard variants of Arabic-script letters and the usual ' +
      'Roman spellings of one name (Najeeb/Najib, Yakub/Yaqoob) are tolerated. A whole name or alias ranks ' +
      'first, then a sound-alike spelling, then a title with (or without) a name; each edge says how it ' +
      'matched. Pages forward only (first/after).',
  })
  async search(
    @Arg('text', () => String, { description: 'Words to look for (at most 200 characters), in any script.' })
    text: string,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: 'Only entities of these kinds; default all.' })
    kinds: EntityKindName[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SearchPage> {
    if (text.length > 200) throw badInput('text', 'at most 200 characters');
    if (page.last != null || page.before != null)
      throw badInput('last', 'search pages forward only: use first and after');
    // A rank means something for one text only.
    const window = keysetWindow(`search:${text}`, page, ctx.config.limits.maxPageSize, 10);
    return ctx.entities.search({ ...buildSearchQuery(text), kinds: kinds?.length ? kinds : null }, window);
  }

  @FieldResolver(() => [EntityName], {
    description: 'Its preferred name and every alias, each with the script it is written in (Urdu, Hindi ... too).',
  })
  names(@Root() e: EntityRecord): EntityName[] {
    return namesWithScripts(e.name, e.aliases);
  }

  @FieldResolver(() => [Source], { description: 'The articles that reported this entity, with excerpts.' })
  sources(@Root() e: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<ProvenanceRecord[]> {
    return ctx.entities.sourcesOf(e.id);
  }

  @FieldResolver(() => [Relationship], { description: 'Relationships with other entities, both directions.' })
  relationships(@Root() e: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<RelationshipRecord[]> {
    return ctx.entities.relationshipsOf(e.id);
  }

  @FieldResolver(() => [Mention], { description: 'Where articles name this entity (newest article first).' })
  mentions(@Root() e: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.sources.mentionsOf(e.id);
  }

  @FieldResolver(() => [Claim], { description: 'Claims about this entity, newest first.' })
  claimsAbout(@Root() e: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<ClaimRecord[]> {
    return ctx.claims.claimsAbout(e.id);
  }
}
