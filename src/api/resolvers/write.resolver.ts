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
// resolver runs, and the engine checks again); a hard delete needs an admin.
@Resolver()
export class WriteResolver {
  @Mutation(() => Entity, {
    description: 'A new entity; refused (CONFLICT) when its id, name or an alias is already known for that kind.',
  })
  createEntity(
    @Arg('input', () => CreateEntityInput) input: CreateEntityInput,
    @Arg('source', () => SourceRefInput, { nullable: true }) source: SourceRefInput | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.writes.entities.create(input, source ?? null);
  }

  @Mutation(() => Entity)
  updateEntity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEntityInput) input: UpdateEntityInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.writes.entities.update(id, input);
  }

  @Mutation(() => DeleteResult, {
    description:
      'Soft by default: hidden from reads, restorable, relationships and sources kept. hard: true (admins) ' +
      'removes it, keeping a snapshot in a ChangeRecord.',
  })
  deleteEntity(
    @Arg('id', () => ID) id: string,
    @Arg('hard', () => Boolean, { defaultValue: false }) hard: boolean,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION })
    expectedVersion: number | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.writes.entities.delete(id, hard, expectedVersion);
  }

  @Mutation(() => Entity, { description: 'Undoes a soft delete.' })
  restoreEntity(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.writes.entities.restore(id);
  }

  @Mutation(() => MergeResult, {
    description:
      'Moves relationships, aliases and provenance of mergeId onto keepId and records the merge (who, when, a ' +
      'snapshot).',
  })
  mergeEntities(
    @Arg('keepId', () => ID) keepId: string,
    @Arg('mergeId', () => ID) mergeId: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: `Of keepId. ${EXPECTED_VERSION}` })
    expectedVersion: number | undefined,
    @Arg('expectedMergeVersion', () => Int, { nullable: true, description: `Of mergeId. ${EXPECTED_VERSION}` })
    expectedMergeVersion: number | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.writes.entities.merge(keepId, mergeId, { keep: expectedVersion, merge: expectedMergeVersion });
  }

  @Mutation(() => IngestResult, {
    description: 'A relationship between two existing entities, with its source article. PARTICIPATED_IN takes a role.',
  })
  async addRelationship(
    @Arg('input', () => AddRelationshipInput) input: AddRelationshipInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return factResult(await ctx.writes.facts.addRelationship(input));
  }

  @Mutation(() => Boolean, { description: 'Removes a relationship; a ChangeRecord keeps its properties and sources.' })
  async removeRelationship(
    @Arg('type', () => WritableRelationshipType) type: WritableType,
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Arg('role', () => ParticipantRole, { nullable: true }) role: ParticipantRoleName | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return (await ctx.writes.entities.removeRelationship(type, fromId, toId, role ?? null)) > 0;
  }

  @Mutation(() => Claim, {
    description: 'A claim with who asserts and who denies it, its figures, and its source article.',
  })
  async addClaim(@Arg('input', () => AddClaimInput) input: AddClaimInput, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.findById(await ctx.writes.facts.addClaim(input));
  }

  @Mutation(() => IngestResult, {
    description: "A figure stated by an existing claim, or an event count in the article's own voice.",
  })
  async addFigure(@Arg('input', () => AddFigureInput) input: AddFigureInput, @Ctx() ctx: GraphQLContext) {
    return factResult(await ctx.writes.facts.addFigure(input));
  }

  @Mutation(() => IngestResult, {
    description:
      'Ingests an article bundle (docs/bundle-format.md) through the engine that seeds the graph: validated, ' +
      'resolved against known entities, written in one transaction, idempotent by id, URL or the hash of text. ' +
      'With text, mentions of known entities are linked in the same transaction. A changed bundle for an article ' +
      'already stored is a revision: its facts added, changed and removed are applied and returned in revision.',
  })
  async ingestArticle(
    @Arg('bundle', () => GraphQLJSONObject) bundle: Record<string, unknown>,
    @Arg('text', () => String, { nullable: true }) text: string | undefined,
    @Arg('dryRun', () => Boolean, {
      defaultValue: false,
      description: "Report what the ingest would do (a revision's diff included) and write nothing.",
    })
    dryRun: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ingestResult(await ctx.writes.articles.ingest(bundle, text ?? null, dryRun));
  }

  @Mutation(() => MentionLinkResult, {
    description:
      "Finds known entities in an article's text and stores MENTIONS edges; returns unmatched names for review.",
  })
  async linkMentions(
    @Arg('articleId', () => ID) articleId: string,
    @Arg('text', () => String) text: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MentionLinkResult> {
    const r = await ctx.writes.articles.linkMentions(articleId, text);
    return {
      created: r.created,
      mentions: r.mentions.map((m) => ({ ...m, ambiguous: m.ambiguous ?? false, alternatives: m.alternatives ?? [] })),
      candidates: r.candidates,
    };
  }
}

@Resolver(() => LinkedMention)
export class LinkedMentionResolver {
  @FieldResolver(() => Entity)
  entity(@Root() m: LinkedMention, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(m.entityId);
  }
}
