import { z } from 'zod';
import type { Principal } from '../auth/auth.types';
import { requireRole } from '../auth/auth.service';
import {
  entity as entitySchema,
  event as eventSchema,
  source as sourceSchema,
  type BundleInput,
  type SourceInput,
} from '../ingest/bundle.schema';
import { BundleValidationError } from '../ingest/bundle.validator';
import { IngestService, type IngestReport } from '../ingest/ingest.service';
import { nameKeys } from '../ingest/name.normalizer';
import type { EntityKindName } from '../ingest/vocabulary';
import type { Database, TxRunner } from '../neo4j/neo4j.database';
import { toEntity } from '../entity/entity.mapper';
import type { FigureRecord } from '../claim/claim.type';
import { entityRow } from '../ingest/entity-row';
import { compact } from '../neo4j/neo4j.convert';
import type { EntityRecord } from '../entity/entity.type';
import { ErrorCode, KhabarError, badInput, notFound } from '../graphql/errors';
import { parseProvenance } from '../source/provenance';

// Every write goes through here: input checked (errors name the field), one transaction per write,
// and who/when recorded on what it touches.

export interface EntityDraft {
  id?: string | null;
  kind: EntityKindName;
  name: string;
  aliases?: string[] | null;
  description?: string | null;
  orgType?: string | null;
  placeType?: string | null;
  countryCode?: string | null;
  eventType?: string | null;
  subType?: string | null;
  start?: string | null;
  end?: string | null;
}

export interface EntityPatch {
  name?: string | null;
  addAliases?: string[] | null;
  removeAliases?: string[] | null;
  description?: string | null;
  orgType?: string | null;
  placeType?: string | null;
  countryCode?: string | null;
  eventType?: string | null;
  subType?: string | null;
}

/** A fact's source as a client sends it; checked by the bundle schema's source rules. */
export interface SourceRef {
  articleId: string;
  basis?: string | null;
  attribution?: string | null;
  evidence?: string | null;
  note?: string | null;
  reportedById?: string | null;
}

export interface RelationshipDraft {
  type: string;
  fromId: string;
  toId: string;
  role?: string | null;
  start?: string | null;
  end?: string | null;
  note?: string | null;
  source: SourceRef;
}

/** A figure as a client sends it: the stored fields, with the id optional and no derived ones. */
export type FigureDraft = Partial<Omit<FigureRecord, 'metric' | 'unit' | 'scope' | 'claimId' | 'periodPrecision'>> &
  Pick<FigureRecord, 'metric' | 'unit' | 'scope'>;

export interface ClaimDraft {
  id?: string | null;
  kind: string;
  text: string;
  date?: string | null;
  stances: { actorId: string; stance: string; date?: string | null; quote?: string | null; via?: string | null }[];
  aboutIds?: string[] | null;
  figures?: FigureDraft[] | null;
  source: SourceRef;
}

/** Stands in for the source when only an entity's own fields are being checked against the bundle schema. */
const PLACEHOLDER_SOURCE = { basis: 'ARTICLE', evidence: 'checked separately' } as const;

const PREFIX: Record<EntityKindName, string> = {
  PERSON: 'person',
  ORGANIZATION: 'org',
  PLACE: 'place',
  EVENT: 'event',
};

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** zod issues as one BAD_USER_INPUT error naming the first field (all listed in extensions). */
function inputError(prefix: string, err: z.ZodError): KhabarError {
  const problems = err.issues.map((i) => ({
    field: [prefix, ...i.path].filter(Boolean).join('.'),
    message: i.message,
  }));
  return badInput(problems[0]!.field, problems[0]!.message, { problems });
}

export class WriteService {
  private readonly ingester: IngestService;

  constructor(
    private readonly db: Database,
    private readonly principal: Principal,
  ) {
    this.ingester = new IngestService(db);
  }

  /** Who writes; checked again here so no path around the HTTP plugin can write without a role. */
  private get by(): string {
    requireRole(this.principal, 'editor');
    return this.principal.id;
  }

  private parseSource(ref: SourceRef | null | undefined, field = 'source'): SourceInput | null {
    if (!ref) return null;
    const { articleId: _a, reportedById, ...rest } = ref;
    const parsed = sourceSchema.safeParse(compact({ ...rest, reportedBy: reportedById }));
    if (!parsed.success) throw inputError(field, parsed.error);
    return parsed.data;
  }

  private async requireArticle(tx: TxRunner, articleId: string, field: string) {
    const [row] = await tx.run('load-articles', { ids: [articleId] });
    if (!row) throw badInput(field, `article '${articleId}' does not exist`);
    return row.article as Record<string, unknown>;
  }

  async createEntity(draft: EntityDraft, source: SourceRef | null): Promise<EntityRecord> {
    const id = draft.id ?? `${PREFIX[draft.kind]}:${slug(draft.name)}`;
    // The bundle schema checks the entity's own fields; its source is checked apart (it is optional here).
    const base = {
      id,
      name: draft.name,
      aliases: draft.aliases ?? [],
      description: draft.description ?? undefined,
      source: PLACEHOLDER_SOURCE,
    };
    const parsed =
      draft.kind === 'EVENT'
        ? eventSchema.safeParse(
            compact({
              ...base,
              eventType: draft.eventType,
              subType: draft.subType,
              start: draft.start,
              end: draft.end,
            }),
          )
        : entitySchema.safeParse(
            compact({
              ...base,
              kind: draft.kind,
              orgType: draft.orgType,
              placeType: draft.placeType,
              countryCode: draft.countryCode,
            }),
          );
    if (!parsed.success) throw inputError('input', parsed.error);
    const src = this.parseSource(source);
    const now = new Date().toISOString();
    const names = [draft.name, ...(draft.aliases ?? [])];
    return this.db.writeTx(async (tx) => {
      if (source) await this.requireArticle(tx, source.articleId, 'source.articleId');
      if ((await tx.run('find-entities-by-ids', { ids: [id] })).length) {
        throw new KhabarError(ErrorCode.CONFLICT, `an entity with id '${id}' already exists`, {
          field: 'input.id',
          existingId: id,
        });
      }
      // Never a silent duplicate: a known name or alias of the same kind is a conflict to resolve.
      const same = await tx.run('find-entities-by-name-keys', {
        candidates: [{ ref: id, kind: draft.kind, keys: nameKeys(names), exactKeys: nameKeys(names) }],
      });
      if (same.length) {
        throw new KhabarError(
          ErrorCode.CONFLICT,
          `input.name: '${draft.name}' is already known as ${same.map((s) => `'${s.name}' (${s.id})`).join(', ')}; update or merge that entity instead`,
          { field: 'input.name', existingIds: same.map((s) => s.id) },
        );
      }
      const [row] = await tx.run('create-entity', {
        row: entityRow({ ...draft, id, aliases: draft.aliases ?? [] }),
        articleId: source?.articleId ?? null,
        source: src ? compact({ ...src }) : {},
        now,
        by: this.by,
      });
      return toEntity(row!.entity ?? null);
    });
  }

  async updateEntity(id: string, patch: EntityPatch): Promise<EntityRecord> {
    if (patch.name !== undefined && patch.name !== null && !patch.name.trim())
      throw badInput('input.name', 'must not be empty');
    for (const [field, value] of Object.entries({ addAliases: patch.addAliases, removeAliases: patch.removeAliases })) {
      if (value?.some((a) => !a.trim() || a.length > 300))
        throw badInput(`input.${field}`, 'each alias needs 1 to 300 characters');
    }
    const now = new Date().toISOString();
    return this.db.writeTx(async (tx) => {
      const [current] = await tx.run('find-entities-by-ids', { ids: [id] });
      if (!current) throw notFound('entity', id);
      const e = toEntity(current.entity ?? null);
      const kindFields: Record<string, EntityKindName> = {
        orgType: 'ORGANIZATION',
        placeType: 'PLACE',
        countryCode: 'PLACE',
        eventType: 'EVENT',
        subType: 'EVENT',
      };
      for (const [field, kind] of Object.entries(kindFields)) {
        if (patch[field as keyof EntityPatch] != null && e.kind !== kind)
          throw badInput(`input.${field}`, `does not apply to a ${e.kind}`);
      }
      const name = patch.name?.trim() || e.name;
      const removed = new Set(patch.removeAliases ?? []);
      const aliases = [
        ...new Set([...e.aliases, ...(patch.addAliases ?? []), ...(name !== e.name ? [e.name] : [])]),
      ].filter((a) => !removed.has(a) && a !== name);
      const probe = compact({
        kind: e.kind,
        id: e.id,
        name,
        aliases,
        description: patch.description ?? undefined,
        orgType: patch.orgType ?? e.orgType,
        placeType: patch.placeType ?? e.placeType,
        countryCode: patch.countryCode ?? e.countryCode ?? undefined,
        eventType: patch.eventType ?? e.eventType,
        subType: patch.subType ?? e.subType,
        start: e.startDate?.slice(0, 10),
        source: PLACEHOLDER_SOURCE,
      });
      const check = e.kind === 'EVENT' ? eventSchema.safeParse(probe) : entitySchema.safeParse(probe);
      if (!check.success) throw inputError('input', check.error);
      const [row] = await tx.run('update-entity', {
        id,
        name,
        aliases,
        nameKeys: nameKeys([name, ...aliases]),
        props: compact({
          description: patch.description,
          orgType: patch.orgType,
          placeType: patch.placeType,
          countryCode: patch.countryCode,
          eventType: patch.eventType,
          subType: patch.subType,
        }),
        now,
        by: this.by,
      });
      return toEntity(row!.entity ?? null);
    });
  }

  /** A JSON snapshot of an entity and all its relationships with their sources (kept on delete and merge). */
  private async snapshot(tx: TxRunner, id: string): Promise<string | null> {
    const [entity] = await tx.run('find-entities-by-ids', { ids: [id] });
    if (!entity) return null;
    const rels = await tx.run('load-entity-relationships', { ids: [id] });
    const sources = await tx.run('load-node-sources', { ids: [id] });
    return JSON.stringify({
      entity: entity.entity,
      relationships: rels.map((r) => ({ ...r, key: undefined, provenance: parseProvenance(r.provenance ?? null) })),
      sources,
    });
  }

  async deleteEntity(id: string, hard: boolean): Promise<{ id: string; hard: boolean }> {
    // A soft delete can be undone; removing a node for good is an admin's call.
    if (hard) requireRole(this.principal, 'admin');
    const now = new Date().toISOString();
    return this.db.writeTx(async (tx) => {
      if (!hard) {
        const [row] = await tx.run('soft-delete-entity', { id, now, by: this.by });
        if (!row) throw notFound('entity', id);
        return { id, hard };
      }
      const snapshot = (await this.snapshot(tx, id)) ?? JSON.stringify({ entity: { id }, note: 'was soft-deleted' });
      const [row] = await tx.run('hard-delete-entity', { id, snapshot, now, by: this.by });
      if (!row) throw notFound('entity', id);
      return { id, hard };
    });
  }

  async restoreEntity(id: string): Promise<EntityRecord> {
    const [row] = await this.db.write('restore-entity', { id, now: new Date().toISOString(), by: this.by });
    if (!row) throw notFound('deleted entity', id);
    return toEntity(row.entity ?? null);
  }

  async mergeEntities(
    keepId: string,
    mergeId: string,
  ): Promise<{ kept: EntityRecord; moved: number; aliases: string[] }> {
    if (keepId === mergeId) throw badInput('mergeId', 'an entity cannot be merged into itself');
    const now = new Date().toISOString();
    return this.db.writeTx(async (tx) => {
      const rows = await tx.run('find-entities-by-ids', { ids: [keepId, mergeId] });
      const keep = rows.find((r) => r.id === keepId);
      const merge = rows.find((r) => r.id === mergeId);
      if (!keep) throw notFound('entity', keepId);
      if (!merge) throw notFound('entity', mergeId);
      if (keep.kind !== merge.kind)
        throw badInput(
          'mergeId',
          `'${mergeId}' is a ${merge.kind} and '${keepId}' a ${keep.kind}; only entities of one kind merge`,
        );
      const snapshot = (await this.snapshot(tx, mergeId))!;
      const [res] = await tx.run('merge-entities-into', { keepId, mergeId, snapshot, now, by: this.by });
      const [kept] = await tx.run('find-entities-by-ids', { ids: [keepId] });
      return {
        kept: toEntity(kept!.entity ?? null),
        moved: Number(res!.moved),
        aliases: (res!.aliases as string[]) ?? [],
      };
    });
  }

  async removeRelationship(type: string, fromId: string, toId: string, role: string | null): Promise<number> {
    const [row] = await this.db.write('remove-relationship', {
      type,
      fromId,
      toId,
      role,
      now: new Date().toISOString(),
      by: this.by,
    });
    const removed = Number(row?.removed ?? 0);
    if (!removed) throw notFound('relationship', `${fromId} -[${type}${role ? ` ${role}` : ''}]-> ${toId}`);
    return removed;
  }

  /**
   * Facts about existing entities from an existing article (a relationship, a participant, a claim, a
   * figure) go through the ingestion engine: same validation, same provenance, same idempotency.
   */
  async addFacts(articleId: string, facts: Omit<BundleInput, 'formatVersion' | 'article'>): Promise<IngestReport> {
    const [row] = await this.db.read('load-articles', { ids: [articleId] });
    if (!row) throw badInput('source.articleId', `article '${articleId}' does not exist`);
    const a = row.article as Record<string, unknown>;
    const precision = String(a.datePrecision ?? 'DAY');
    const date = String(a.publishedDate);
    const bundle = {
      formatVersion: 1,
      article: compact({
        id: String(a.id),
        title: String(a.title),
        publisher: a.publisher,
        publishedDate: precision === 'YEAR' ? date.slice(0, 4) : precision === 'MONTH' ? date.slice(0, 7) : date,
        dateCertainty: String(a.dateCertainty),
        dateNote: a.dateNote,
        file: a.file,
        url: a.url,
        language: a.language,
      }),
      ...facts,
    };
    try {
      return await this.ingester.ingest(bundle, { by: this.by });
    } catch (err) {
      if (err instanceof BundleValidationError) {
        const p = err.problems[0]!;
        throw badInput(`${p.fact}${p.field ? `.${p.field}` : ''}`, p.message, { problems: err.problems });
      }
      throw err;
    }
  }

  private factSource(ref: SourceRef) {
    const { articleId: _a, reportedById, ...rest } = ref;
    return compact({ basis: 'ARTICLE', ...rest, reportedBy: reportedById }) as unknown as SourceInput;
  }

  async addRelationship(input: RelationshipDraft): Promise<IngestReport> {
    const source = this.factSource(input.source);
    if (input.type === 'PARTICIPATED_IN') {
      if (!input.role) throw badInput('input.role', 'is required for PARTICIPATED_IN');
      return this.addFacts(input.source.articleId, {
        participations: [
          compact({ actorId: input.fromId, eventId: input.toId, role: input.role, note: input.note, source }) as never,
        ],
      });
    }
    if (input.role) throw badInput('input.role', 'applies to PARTICIPATED_IN only');
    return this.addFacts(input.source.articleId, {
      relationships: [
        compact({
          type: input.type,
          from: input.fromId,
          to: input.toId,
          start: input.start,
          end: input.end,
          note: input.note,
          source,
        }) as never,
      ],
    });
  }

  async addClaim(input: ClaimDraft): Promise<string> {
    const id = input.id ?? `claim:${slug(input.text).slice(0, 60)}`;
    const source = this.factSource(input.source);
    await this.addFacts(input.source.articleId, {
      claims: [
        compact({
          id,
          kind: input.kind,
          text: input.text,
          date: input.date,
          stances: input.stances.map((st) => compact({ ...st, source })),
          aboutIds: input.aboutIds ?? [],
          figures: (input.figures ?? []).map((f, i) =>
            compact({ ...f, id: f.id ?? `figure:${id.slice(6)}-${f.metric.replace(/_/g, '-')}${i ? `-${i}` : ''}` }),
          ),
          source,
        }) as never,
      ],
    });
    return id;
  }

  async addFigure(input: { claimId?: string | null; figure: FigureDraft; source: SourceRef }): Promise<IngestReport> {
    const source = this.factSource(input.source);
    const f = input.figure;
    const id = f.id ?? `figure:${slug(`${input.claimId ?? f.eventId ?? 'event'}-${f.metric}-${f.periodStart ?? ''}`)}`;
    return this.addFacts(input.source.articleId, {
      figures: [compact({ ...f, id, claimId: input.claimId, source }) as never],
    });
  }

  async ingestArticle(bundle: unknown, text: string | null): Promise<IngestReport> {
    if (text !== null && text.length > 1_000_000) throw badInput('text', 'at most 1,000,000 characters');
    try {
      return await this.ingester.ingest(bundle, { by: this.by, text: text ?? undefined });
    } catch (err) {
      if (err instanceof BundleValidationError) {
        const p = err.problems[0]!;
        throw badInput(`bundle.${p.fact}${p.field ? `.${p.field}` : ''}`, err.message, { problems: err.problems });
      }
      throw err;
    }
  }

  async linkMentions(articleId: string, text: string) {
    if (text.length > 1_000_000) throw badInput('text', 'at most 1,000,000 characters');
    const [row] = await this.db.read('load-articles', { ids: [articleId] });
    if (!row) throw notFound('article', articleId);
    return this.ingester.linkMentions(articleId, text, { by: this.by });
  }
}
