import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { IngestReport } from '../../engine/ingest/ingest.service';
import type { FactWriteResult } from '../../engine/write/fact.service';
import type { WritableRelationshipType as WritableType } from '../../engine/write/write.inputs';
import type { ParticipantRole as ParticipantRoleName } from '../../model/vocabulary';
import { Claim } from '../types/claim.type';
import { ParticipantRole, WritableRelationshipType } from '../types/enums';
import type { GraphQLContext } from '../context';
import { Entity } from '../types/entity.type';
import {
  AddClaimInput,
  AddFigureInput,
  AddRelationshipInput,
  CreateEntityInput,
  SourceRefInput,
  UpdateEntityInput,
} from '../types/write.inputs';
import { DeleteResult, IngestResult, LinkedMention, MentionLinkResult, MergeResult } from '../types/write.type';

const EXPECTED_VERSION =
  'The version you read (Entity.version); the write is refused (CONFLICT) when the entity has changed since.';

const counts = (o: Record<string, number>) => Object.entries(o).map(([group, count]) => ({ group, count }));

function ingestResult(r: IngestReport): IngestResult {
  return {
    articleId: r.article.id,
    articleCreated: r.article.created,
    matchedBy: r.article.matchedBy,
    created: counts(r.created),
    skipped: counts(r.skipped),
    updated: counts(r.updated),
    matched: r.matched,
    mentions: r.mentions ?? null,
    revision: r.revision,
    valueChanges: r.valueChanges,
    dryRun: r.dryRun,
  };
}

/** A single fact added to a stored article, told in the same shape as an ingest. */
function factResult(r: FactWriteResult): IngestResult {
  return {
    articleId: r.articleId,
    articleCreated: false,
    matchedBy: 'id',
    created: counts(r.created),
    skipped: counts(r.skipped),
    updated: counts(r.updated),
    matched: [],
    mentions: null,
    revision: null,
    valueChanges: r.valueChanges,
    dryRun: false,
  };
}

// Every mutation needs an editor (the auth plugin refuses readers and anonymous callers before any
// resolver runs, and the engine checks again); a hard delete needs an admin. A mutation tells live
// subscribers (ctx.live) only after its writer has returned, that is after its transaction committed.
@Resolver()
export class WriteResolver {
  @Mutation(() => Entity, {
    description: 'A new entity; refused (CONFLICT) when its id, name or an alias is already known for that kind.',
  })
  async createEntity(
    @Arg('input', () => CreateEntityInput, { description: 'The entity: kind, name and the fields its kind needs.' })
    input: CreateEntityInput,
    @Arg('source', () => SourceRefInput, {
      nullable: true,
      description: 'The article that names it; without one the entity is general knowledge.',
    })
    source: SourceRefInput | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    const entity = await ctx.writes.entities.create(input, source ?? null);
    await ctx.live.entities([entity.id], 'CREATED');
    return entity;
  }

  @Mutation(() => Entity, {
    description:
      "Changes the fields given, in one transaction holding the entity's lock; aliases are added and removed " +
      'as lists, so concurrent edits lose nothing. The version goes up by one.',
  })
  async updateEntity(
    @Arg('id', () => ID, { description: 'The entity to change.' }) id: string,
    @Arg('input', () => UpdateEntityInput, { description: 'The changes; fields left out stay as they are.' })
    input: UpdateEntityInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const entity = await ctx.writes.entities.update(id, input);
    await ctx.live.entities([entity.id], 'UPDATED');
    return entity;
  }

  @Mutation(() => DeleteResult, {
    description:
      'Soft by default: hidden from reads, restorable, relationships and sources kept. hard: true (admins) ' +
      'removes it, keeping a snapshot in a ChangeRecord.',
  })
  async deleteEntity(
    @Arg('id', () => ID, { description: 'The entity to delete.' }) id: string,
    @Arg('hard', () => Boolean, {
      defaultValue: false,
      description: 'true: remove it for good (admins only); false: hide it, restorable with restoreEntity.',
    })
    hard: boolean,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION })
    expectedVersion: number | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    const deleted = await ctx.writes.entities.delete(id, hard, expectedVersion);
    await ctx.live.entities([deleted.id], 'DELETED', { hard: deleted.hard });
    return deleted;
  }

  @Mutation(() => Entity, { description: 'Undoes a soft delete.' })
  async restoreEntity(
    @Arg('id', () => ID, { description: 'The soft-deleted entity to bring back.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const entity = await ctx.writes.entities.restore(id);
    await ctx.live.entities([entity.id], 'RESTORED');
    return entity;
  }

  @Mutation(() => MergeResult, {
    description:
      'Moves relationships, aliases and provenance of mergeId onto keepId and records the merge (who, when, a ' +
      'snapshot).',
  })
  async mergeEntities(
    @Arg('keepId', () => ID, { description: 'The entity that stays.' }) keepId: string,
    @Arg('mergeId', () => ID, {
      description: 'The entity merged into keepId; its id then leads to keepId.',
    })
    mergeId: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: `Of keepId. ${EXPECTED_VERSION}` })
    expectedVersion: number | undefined,
    @Arg('expectedMergeVersion', () => Int, { nullable: true, description: `Of mergeId. ${EXPECTED_VERSION}` })
    expectedMergeVersion: number | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    const merged = await ctx.writes.entities.merge(keepId, mergeId, {
      keep: expectedVersion,
      merge: expectedMergeVersion,
    });
    await ctx.live.entities([keepId], 'MERGED');
    await ctx.live.entities([mergeId], 'MERGED', { mergedIntoId: keepId });
    return merged;
  }

  @Mutation(() => IngestResult, {
    description: 'A relationship between two existing entities, with its source article. PARTICIPATED_IN takes a role.',
  })
  async addRelationship(
    @Arg('input', () => AddRelationshipInput, { description: 'The relationship and its source.' })
    input: AddRelationshipInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const written = await ctx.writes.facts.addRelationship(input);
    await ctx.live.factAdded(written, [input.fromId, input.toId], 'RELATIONSHIPS');
    return factResult(written);
  }

  @Mutation(() => Boolean, { description: 'Removes a relationship; a ChangeRecord keeps its properties and sources.' })
  async removeRelationship(
    @Arg('type', () => WritableRelationshipType, { description: 'The relationship type.' }) type: WritableType,
    @Arg('fromId', () => ID, { description: 'Where the relationship starts (for PARTICIPATED_IN, the actor).' })
    fromId: string,
    @Arg('toId', () => ID, { description: 'Where it ends (for PARTICIPATED_IN, the event).' }) toId: string,
    @Arg('role', () => ParticipantRole, {
      nullable: true,
      description: 'For PARTICIPATED_IN: the role of the participation to remove.',
    })
    role: ParticipantRoleName | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    const removed = (await ctx.writes.entities.removeRelationship(type, fromId, toId, role ?? null)) > 0;
    if (removed) await ctx.live.entities([fromId, toId], 'RELATIONSHIPS');
    return removed;
  }

  @Mutation(() => Claim, {
    description: 'A claim with who asserts and who denies it, its figures, and its source article.',
  })
  async addClaim(
    @Arg('input', () => AddClaimInput, { description: 'The claim, its stances and its source.' }) input: AddClaimInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const id = await ctx.writes.facts.addClaim(input);
    await ctx.live.claimAdded(id);
    return ctx.claims.findById(id);
  }

  @Mutation(() => IngestResult, {
    description: "A figure stated by an existing claim, or an event count in the article's own voice.",
  })
  async addFigure(
    @Arg('input', () => AddFigureInput, { description: 'The figure and its source.' }) input: AddFigureInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const written = await ctx.writes.facts.addFigure(input);
    await ctx.live.factAdded(written, [input.figure.eventId, input.figure.placeId], 'REPORTED');
    return factResult(written);
  }

  @Mutation(() => IngestResult, {
    description:
      'Ingests an article bundle (docs/bundle-format.md) through the engine that seeds the graph: validated, ' +
      'resolved against known entities, written in one transaction, idempotent by id, URL or the hash of text. ' +
      'With text, mentions of known entities are linked in the same transaction. A changed bundle for an article ' +
      'already stored is a revision: its facts added, changed and removed are applied and returned in revision.',
  })
  async ingestArticle(
    @Arg('bundle', () => GraphQLJSONObject, {
      description: 'The article bundle: article, entities, facts (docs/bundle-format.md).',
    })
    bundle: Record<string, unknown>,
    @Arg('text', () => String, {
      nullable: true,
      description: "The article's full text: evidence is checked against it and its mentions are linked.",
    })
    text: string | undefined,
    @Arg('dryRun', () => Boolean, {
      defaultValue: false,
      description: "Report what the ingest would do (a revision's diff included) and write nothing.",
    })
    dryRun: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    // Claims created from here on are this ingest's (the engine stamps them with a later clock reading).
    const since = new Date();
    const report = await ctx.writes.articles.ingest(bundle, text ?? null, dryRun);
    // A dry run rolled everything back: nothing was committed, so nothing is announced.
    if (!dryRun) await ctx.live.ingested(report, since);
    return ingestResult(report);
  }

  @Mutation(() => MentionLinkResult, {
    description:
      "Finds known entities in an article's text and stores MENTIONS edges; returns unmatched names for review.",
  })
  async linkMentions(
    @Arg('articleId', () => ID, { description: 'The stored article the text belongs to.' }) articleId: string,
    @Arg('text', () => String, { description: "The article's text, searched for names of known entities." })
    text: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MentionLinkResult> {
    const r = await ctx.writes.articles.linkMentions(articleId, text);
    if (r.created > 0)
      await ctx.live.entities(
        r.mentions.map((m) => m.entityId),
        'REPORTED',
      );
    return {
      created: r.created,
      mentions: r.mentions.map((m) => ({ ...m, ambiguous: m.ambiguous ?? false, alternatives: m.alternatives ?? [] })),
      candidates: r.candidates,
    };
  }
}

@Resolver(() => LinkedMention)
export class LinkedMentionResolver {
  @FieldResolver(() => Entity, { description: 'The entity mentioned.' })
  entity(@Root() m: LinkedMention, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(m.entityId);
  }
}
