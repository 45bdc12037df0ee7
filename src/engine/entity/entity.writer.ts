import { compact } from '../../core/args';
import { ErrorCode, KhabarError, badInput, notFound } from '../../core/errors';
import { requireRole, type Principal } from '../../core/principal';
import type { Database, TxRunner } from '../../db/database';
import { parseProvenance, toEntity } from '../../db/row.mappers';
import { KIND_FIELDS, type EntityDraft, type EntityRecord } from '../../model/entity.model';
import { nameKeys } from '../../model/names';
import type { EntityKind } from '../../model/vocabulary';
import { entityFields, eventFields, source as sourceSchema } from '../bundle/bundle.schema';
import { entityRow } from '../facts/fact.rows';
import { requireArticle } from '../write/fact.service';
import { inputError, slug } from '../write/write.errors';
import type { EntityPatch, NewEntity, SourceRef } from '../write/write.inputs';

// Entities written by hand: create, update, delete (soft or hard), restore and merge. Each is one
// transaction, checked with the bundle's own field rules, and records who did it and when; removals
// and merges keep a ChangeRecord with a snapshot of what went.

const PREFIX: Record<EntityKind, string> = { PERSON: 'person', ORGANIZATION: 'org', PLACE: 'place', EVENT: 'event' };

/** The entity's own fields checked by the bundle schema; the parsed draft is what gets written. */
function parseDraft(input: NewEntity, id: string): EntityDraft {
  const base = { id, name: input.name, aliases: input.aliases ?? [], description: input.description };
  if (input.kind === 'EVENT') {
    const parsed = eventFields.safeParse(
      compact({ ...base, eventType: input.eventType, subType: input.subType, start: input.start, end: input.end }),
    );
    if (!parsed.success) throw inputError('input', parsed.error);
    return { ...parsed.data, kind: 'EVENT' };
  }
  const parsed = entityFields.safeParse(
    compact({
      ...base,
      kind: input.kind,
      orgType: input.orgType,
      placeType: input.placeType,
      countryCode: input.countryCode,
    }),
  );
  if (!parsed.success) throw inputError('input', parsed.error);
  return parsed.data;
}

function parseSource(ref: SourceRef | null) {
  if (!ref) return null;
  const { articleId: _a, reportedById, ...rest } = ref;
  const parsed = sourceSchema.safeParse(compact({ ...rest, reportedBy: reportedById }));
  if (!parsed.success) throw inputError('source', parsed.error);
  return compact(parsed.data);
}

function checkPatch(patch: EntityPatch): void {
  if (patch.name != null && !patch.name.trim()) throw badInput('input.name', 'must not be empty');
  for (const [field, value] of Object.entries({ addAliases: patch.addAliases, removeAliases: patch.removeAliases })) {
    if (value?.some((a) => !a.trim() || a.length > 300))
      throw badInput(`input.${field}`, 'each alias needs 1 to 300 characters');
  }
}

/** The entity after the patch, checked by the bundle's rules for its kind. */
function patched(e: EntityRecord, patch: EntityPatch): { name: string; aliases: string[] } {
  for (const [field, kind] of Object.entries(KIND_FIELDS)) {
    if (patch[field as keyof typeof KIND_FIELDS] != null && e.kind !== kind) {
      throw badInput(`input.${field}`, `does not apply to a ${e.kind}`);
    }
  }
  const name = patch.name?.trim() || e.name;
  const removed = new Set(patch.removeAliases ?? []);
  const aliases = [
    ...new Set([...e.aliases, ...(patch.addAliases ?? []), ...(name !== e.name ? [e.name] : [])]),
  ].filter((a) => !removed.has(a) && a !== name);
  const probe = compact({
    id: e.id,
    kind: e.kind,
    name,
    aliases,
    description: patch.description,
    orgType: patch.orgType ?? e.orgType,
    placeType: patch.placeType ?? e.placeType,
    countryCode: patch.countryCode ?? e.countryCode,
    eventType: patch.eventType ?? e.eventType,
    subType: patch.subType ?? e.subType,
    start: e.startDate,
  });
  const { kind: _k, start, ...fields } = probe;
  const check = e.kind === 'EVENT' ? eventFields.safeParse({ ...fields, start }) : entityFields.safeParse(probe);
  if (!check.success) throw inputError('input', check.error);
  return { name, aliases };
}

export class EntityWriter {
  constructor(
    private readonly db: Database,
    private readonly principal: Principal,
  ) {}

  /** Who writes; checked here too, so no path around the HTTP plugin writes without a role. */
  private get by(): string {
    requireRole(this.principal, 'editor');
    return this.principal.id;
  }

  async create(input: NewEntity, source: SourceRef | null): Promise<EntityRecord> {
    const draft = parseDraft(input, input.id ?? `${PREFIX[input.kind]}:${slug(input.name)}`);
    const src = parseSource(source);
    const by = this.by;
    const now = new Date().toISOString();
    return this.db.writeTx(async (tx) => {
      if (source) await requireArticle(tx, source.articleId, 'source.articleId');
      await this.refuseKnown(tx, draft);
      const [row] = await tx.run('create-entity', {
        row: entityRow(draft),
        articleId: source?.articleId ?? null,
        source: src,
        now,
        by,
      });
      if (!row) throw new Error('create-entity returned no row');
      return toEntity(row.entity);
    });
  }

  /** Never a silent duplicate: a known id, or a known name or alias of the same kind, is a conflict. */
  private async refuseKnown(tx: TxRunner, draft: EntityDraft): Promise<void> {
    if ((await tx.run('find-entities-by-ids', { ids: [draft.id] })).length) {
      throw new KhabarError(ErrorCode.CONFLICT, `an entity with id '${draft.id}' already exists`, {
        field: 'input.id',
        existingId: draft.id,
      });
    }
    const keys = nameKeys([draft.name, ...draft.aliases]);
    const same = await tx.run('find-entities-by-name-keys', {
      candidates: [{ ref: draft.id, kind: draft.kind, keys, exactKeys: keys }],
    });
    if (same.length) {
      const known = same.map((s) => `'${s.name}' (${s.id})`).join(', ');
      throw new KhabarError(
        ErrorCode.CONFLICT,
        `input.name: '${draft.name}' is already known as ${known}; update or merge that entity instead`,
        { field: 'input.name', existingIds: same.map((s) => s.id) },
      );
    }
  }

  async update(id: string, patch: EntityPatch): Promise<EntityRecord> {
    checkPatch(patch);
    const by = this.by;
    const now = new Date().toISOString();
    return this.db.writeTx(async (tx) => {
      const [current] = await tx.run('find-entities-by-ids', { ids: [id] });
      if (!current) throw notFound('entity', id);
      const { name, aliases } = patched(toEntity(current.entity), patch);
      const props = compact({
        description: patch.description,
        orgType: patch.orgType,
        placeType: patch.placeType,
        countryCode: patch.countryCode,
        eventType: patch.eventType,
        subType: patch.subType,
      });
      const [row] = await tx.run('update-entity', {
        id,
        name,
        aliases,
        nameKeys: nameKeys([name, ...aliases]),
        props,
        now,
        by,
      });
      if (!row) throw notFound('entity', id);
      return toEntity(row.entity);
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
      relationships: rels.map(({ key: _k, ...r }) => ({ ...r, provenance: parseProvenance(r.provenance) })),
      sources,
    });
  }

  async delete(id: string, hard: boolean): Promise<{ id: string; hard: boolean }> {
    // A soft delete can be undone; removing a node for good is an admin's call.
    if (hard) requireRole(this.principal, 'admin');
    const by = this.by;
    const now = new Date().toISOString();
    return this.db.writeTx(async (tx) => {
      if (!hard) {
        const [row] = await tx.run('soft-delete-entity', { id, now, by });
        if (!row) throw notFound('entity', id);
        return { id, hard };
      }
      const snapshot = (await this.snapshot(tx, id)) ?? JSON.stringify({ entity: { id }, note: 'was soft-deleted' });
      const [row] = await tx.run('hard-delete-entity', { id, snapshot, now, by });
      if (!row) throw notFound('entity', id);
      return { id, hard };
    });
  }

  async restore(id: string): Promise<EntityRecord> {
    const [row] = await this.db.write('restore-entity', { id, now: new Date().toISOString(), by: this.by });
    if (!row) throw notFound('deleted entity', id);
    return toEntity(row.entity);
  }

  async merge(keepId: string, mergeId: string): Promise<{ kept: EntityRecord; moved: number; aliases: string[] }> {
    if (keepId === mergeId) throw badInput('mergeId', 'an entity cannot be merged into itself');
    const by = this.by;
    const now = new Date().toISOString();
    return this.db.writeTx(async (tx) => {
      const rows = await tx.run('find-entities-by-ids', { ids: [keepId, mergeId] });
      const keep = rows.find((r) => r.id === keepId);
      const merge = rows.find((r) => r.id === mergeId);
      if (!keep) throw notFound('entity', keepId);
      if (!merge) throw notFound('entity', mergeId);
      if (keep.kind !== merge.kind) {
        throw badInput(
          'mergeId',
          `'${mergeId}' is a ${merge.kind} and '${keepId}' a ${keep.kind}; only entities of one kind merge`,
        );
      }
      const snapshot = (await this.snapshot(tx, mergeId)) ?? JSON.stringify({ entity: { id: mergeId } });
      const [res] = await tx.run('merge-entities-into', { keepId, mergeId, snapshot, now, by });
      const [kept] = await tx.run('find-entities-by-ids', { ids: [keepId] });
      if (!res || !kept) throw notFound('entity', keepId);
      return { kept: toEntity(kept.entity), moved: res.moved, aliases: res.aliases };
    });
  }

  async removeRelationship(type: string, fromId: string, toId: string, role: string | null): Promise<number> {
    const now = new Date().toISOString();
    const [row] = await this.db.write('remove-relationship', { type, fromId, toId, role, now, by: this.by });
    const removed = row?.removed ?? 0;
    if (!removed) throw notFound('relationship', `${fromId} -[${type}${role ? ` ${role}` : ''}]-> ${toId}`);
    return removed;
  }
}
