import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type {
  AccountField as AccountFieldName,
  WritableRelationshipType as WritableType,
} from '../../engine/write/write.inputs';
import type { ParticipantRole as ParticipantRoleName, Stance as StanceName } from '../../model/vocabulary';
import type { GraphQLContext } from '../context';
import { Office } from '../types/account.type';
import { Claim, Figure } from '../types/claim.type';
import {
  ClaimPatchInput,
  EntityCorrectionInput,
  FigurePatchInput,
  OfficePatchInput,
  PositionCorrectionInput,
  RelationshipCorrectionInput,
  StancePatchInput,
} from '../types/correction.inputs';
import { CorrectionResult } from '../types/correction.type';
import { Entity } from '../types/entity.type';
import { AccountField, ParticipantRole, Stance, WritableRelationshipType } from '../types/enums';
import { SourceRefInput, StanceInput } from '../types/write.inputs';

// Corrections of what ingestion wrote (engine/write/correction.service.ts): each mutation is one engine
// call in one transaction, cites its source where it sets a value, and leaves a ChangeRecord readable
// through changeRecords(targetId:). Like every mutation they need an editor: the auth plugin refuses
// readers and anonymous callers before a resolver runs, and the engine checks again.

const CITED = 'The stored article the corrected values come from, and how it supports them.';
const REASON = 'Why, kept in the ChangeRecord.';
const SPEAKER =
  "The speaker's id (Speaker.id): an actor's id, an unnamed source's id (\"anonymous:…\") or the article's " +
  '(the outlet).';

@Resolver()
export class CorrectionResolver {
  @Mutation(() => CorrectionResult, {
    description:
      "Corrects an entity's description, or an event's dates, status and places, as the cited article gives them; " +
      "that article's account is preferred for the corrected fields.",
  })
  async correctEntity(
    @Arg('id', () => ID, { description: 'The entity or event.' }) id: string,
    @Arg('input', () => EntityCorrectionInput, { description: 'The values to set.' }) input: EntityCorrectionInput,
    @Arg('source', () => SourceRefInput, { description: CITED }) source: SourceRefInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.writes.corrections.correctEntity(id, input, source);
    await ctx.live.entities([id], 'UPDATED');
    return result;
  }

  @Mutation(() => CorrectionResult, {
    description: "Shows one article's account of an entity or event for the given fields (until another is preferred).",
  })
  async preferAccount(
    @Arg('id', () => ID, { description: 'The entity or event.' }) id: string,
    @Arg('articleId', () => ID, { description: 'The article whose account to show.' }) articleId: string,
    @Arg('fields', () => [AccountField], { description: 'The fields to show from it.' }) fields: AccountFieldName[],
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.writes.corrections.preferAccount(id, articleId, fields);
    await ctx.live.entities([id], 'UPDATED');
    return result;
  }

  @Mutation(() => Figure, { description: "Corrects a figure's fields as the cited article gives them." })
  async updateFigure(
    @Arg('id', () => ID, { description: 'The figure.' }) id: string,
    @Arg('input', () => FigurePatchInput, { description: 'The fields to change or clear.' }) input: FigurePatchInput,
    @Arg('source', () => SourceRefInput, { description: CITED }) source: SourceRefInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.claims.figureById(await ctx.writes.corrections.updateFigure(id, input, source));
  }

  @Mutation(() => Boolean, { description: 'Removes a figure; a ChangeRecord keeps it with its sources.' })
  removeFigure(
    @Arg('id', () => ID, { description: 'The figure.' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: REASON }) reason: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.writes.corrections.removeFigure(id, reason ?? null);
  }

  @Mutation(() => Claim, { description: "Corrects a claim's kind, text, date and what it is about." })
  async updateClaim(
    @Arg('id', () => ID, { description: 'The claim.' }) id: string,
    @Arg('input', () => ClaimPatchInput, { description: 'The fields to change.' }) input: ClaimPatchInput,
    @Arg('source', () => SourceRefInput, { description: CITED }) source: SourceRefInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.claims.findById(await ctx.writes.corrections.updateClaim(id, input, source));
  }

  @Mutation(() => Boolean, {
    description: 'Removes a claim with its stances, subjects and figures; a ChangeRecord keeps them.',
  })
  removeClaim(
    @Arg('id', () => ID, { description: 'The claim.' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: REASON }) reason: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.writes.corrections.removeClaim(id, reason ?? null);
  }

  @Mutation(() => Claim, {
    description:
      'Adds a stance to a stored claim without stating the claim again: a named actor, an unnamed source or the ' +
      'outlet asserting or denying it, from a stored article.',
  })
  async addStance(
    @Arg('claimId', () => ID, { description: 'The claim.' }) claimId: string,
    @Arg('stance', () => StanceInput, { description: 'Who takes the stance, and how.' }) stance: StanceInput,
    @Arg('source', () => SourceRefInput, { description: 'The article reporting the stance.' }) source: SourceRefInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    await ctx.writes.facts.addStance({ claimId, stance, source });
    return ctx.claims.findById(claimId);
  }

  @Mutation(() => Claim, { description: "Corrects a speaker's stance on a claim: its date, quote or channel." })
  async updateStance(
    @Arg('claimId', () => ID, { description: 'The claim.' }) claimId: string,
    @Arg('speakerId', () => ID, { description: SPEAKER }) speakerId: string,
    @Arg('stance', () => Stance, { description: 'ASSERTS or DENIES.' }) stance: StanceName,
    @Arg('input', () => StancePatchInput, { description: 'The fields to change.' }) input: StancePatchInput,
    @Arg('source', () => SourceRefInput, { description: CITED }) source: SourceRefInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.claims.findById(await ctx.writes.corrections.updateStance(claimId, speakerId, stance, input, source));
  }

  @Mutation(() => Claim, { description: "Removes a speaker's stance on a claim; a ChangeRecord keeps it." })
  async removeStance(
    @Arg('claimId', () => ID, { description: 'The claim.' }) claimId: string,
    @Arg('speakerId', () => ID, { description: SPEAKER }) speakerId: string,
    @Arg('stance', () => Stance, { description: 'ASSERTS or DENIES.' }) stance: StanceName,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.claims.findById(await ctx.writes.corrections.removeStance(claimId, speakerId, stance));
  }

  @Mutation(() => CorrectionResult, {
    description: "Corrects a position's term as the cited article gives it; that account is preferred.",
  })
  async correctPosition(
    @Arg('personId', () => ID, { description: 'The holder.' }) personId: string,
    @Arg('officeId', () => ID, { description: 'The office.' }) officeId: string,
    @Arg('input', () => PositionCorrectionInput, { description: 'The term.' }) input: PositionCorrectionInput,
    @Arg('source', () => SourceRefInput, { description: CITED }) source: SourceRefInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.writes.corrections.correctPosition(personId, officeId, input, source);
    await ctx.live.entities([personId], 'RELATIONSHIPS');
    return result;
  }

  @Mutation(() => Boolean, { description: "Removes a person's position; a ChangeRecord keeps it with its sources." })
  async removePosition(
    @Arg('personId', () => ID, { description: 'The holder.' }) personId: string,
    @Arg('officeId', () => ID, { description: 'The office.' }) officeId: string,
    @Arg('reason', () => String, { nullable: true, description: REASON }) reason: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    const removed = await ctx.writes.corrections.removePosition(personId, officeId, reason ?? null);
    if (removed) await ctx.live.entities([personId], 'RELATIONSHIPS');
    return removed;
  }

  @Mutation(() => Office, { description: 'Renames an office or changes its aliases.' })
  updateOffice(
    @Arg('id', () => ID, { description: 'The office.' }) id: string,
    @Arg('input', () => OfficePatchInput, { description: 'The name and aliases.' }) input: OfficePatchInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.writes.corrections.updateOffice(id, input);
  }

  @Mutation(() => Office, {
    description:
      'Joins two offices that are one (the same office of the same body under two ids): holders, names and sources ' +
      'move to keepId; a ChangeRecord keeps the other.',
  })
  async mergeOffices(
    @Arg('keepId', () => ID, { description: 'The office kept.' }) keepId: string,
    @Arg('mergeId', () => ID, { description: 'The office merged into it and removed.' }) mergeId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return (await ctx.writes.entities.mergeOffices(keepId, mergeId)).office;
  }

  @Mutation(() => Boolean, {
    description: "Corrects a relationship's dates and note (a participation's note) as the cited article gives them.",
  })
  async correctRelationship(
    @Arg('type', () => WritableRelationshipType, { description: 'The relationship type.' }) type: WritableType,
    @Arg('fromId', () => ID, { description: 'Its start (the actor, for PARTICIPATED_IN).' }) fromId: string,
    @Arg('toId', () => ID, { description: 'Its end (the event, for PARTICIPATED_IN).' }) toId: string,
    @Arg('input', () => RelationshipCorrectionInput, { description: 'The values to set.' })
    input: RelationshipCorrectionInput,
    @Arg('source', () => SourceRefInput, { description: CITED }) source: SourceRefInput,
    @Arg('role', () => ParticipantRole, { nullable: true, description: 'For PARTICIPATED_IN: which participation.' })
    role: ParticipantRoleName | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    const corrected = await ctx.writes.corrections.correctRelationship(type, fromId, toId, role ?? null, input, source);
    if (corrected) await ctx.live.entities([fromId, toId], 'RELATIONSHIPS');
    return corrected;
  }

  @Mutation(() => Claim, {
    description: 'Marks two claims as contradicting each other (an editor\'s "conflictsWith").',
  })
  async markClaimConflict(
    @Arg('claimId', () => ID, { description: 'One claim.' }) claimId: string,
    @Arg('otherId', () => ID, { description: 'The claim it contradicts.' }) otherId: string,
    @Arg('note', () => String, { nullable: true, description: 'Why they cannot both be true.' })
    note: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.claims.findById(await ctx.writes.corrections.markConflict(claimId, otherId, note ?? null, true));
  }

  @Mutation(() => Claim, { description: "Removes an editor's mark that two claims contradict each other." })
  async unmarkClaimConflict(
    @Arg('claimId', () => ID, { description: 'One claim.' }) claimId: string,
    @Arg('otherId', () => ID, { description: 'The other claim.' }) otherId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.claims.findById(await ctx.writes.corrections.markConflict(claimId, otherId, null, false));
  }
}

@Resolver(() => CorrectionResult)
export class CorrectionResultResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The entity or event as it now reads.' })
  entity(@Root() r: CorrectionResult, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(r.id);
  }
}
