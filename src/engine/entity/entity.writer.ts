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
// and merges keep a ChangeRecord with a snapshot of what went. A read-modify-write first takes the write
// locks of the entities it changes (lock-entities, which counts the write in their version), so concurrent
// edits of one entity run one after the other and none is lost; a create takes the locks of its name keys,
// as ingestion does, so two creates of one name cannot both pass the duplicate check.

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

const idTaken = (id: string) =>
  new KhabarError(ErrorCode.CONFLICT, `an entity with id '${id}' already exists`, {
    field: 'input.id',
    existingId: id,
  });

/** The entity version a client read; its write is refused when the entity has changed since. */
type Expected = number | null | undefined;

/** A patch with the version it was made against. */
export type VersionedPatch = EntityPatch & { expectedVersion?: number | null };

function checkExpected(field: string, expected: Expected): void {
  if (expected != null && (!Number.isInteger(expected) || expected < 0)) {
    throw badInput(field, 'must be a version an entity answered (0 or more)');
  }
}

/** Refuses a write made against an older version than the entity has now. */
function refuseStale(id: string, current: number, expected: Expected, field = 'expectedVersion'): void {
  if (expected == null || expected === current) return;
  throw new KhabarError(
    ErrorCode.CONFLICT,
    `${field}: entity '${id}' is at version ${current}, not ${expected}; it changed since it was read: read it ` +
      'again and retry',
    { field, id, expectedVersion: expected, currentVersion: current },
  );
}

/**
 * Takes the write locks of the entities (sorted: two writers lock in one order, so they never deadlock) and
 * counts this write in their versions; answers each entity's version before the write.
 */
async function lockEntities(tx: TxRunner, ids: string[]): Promise<Map<string, number>> {
  const rows = await tx.run('lock-entities', { ids: [...new Set(ids)].sort() });
  return new Map(rows.map((r) => [r.id, r.version]));
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

/**
 * Offices around an entity that are one office under two ids: the same body's, sharing a normalised name
 * or alias. Each duplicate is merged into the first (by id); returns how many were merged.
 */
async function mergeDuplicateOffices(tx: TxRunner, entityId: string, at: { now: string; by: string }): Promise<number> {
  const offices = await tx.run('load-entity-offices', { id: entityId });
  const kept: { id: string; organizationId: string; keys: Set<string> }[] = [];
  const pairs: { keepId: string; mergeId: string; snapshot: string }[] = [];
  for (const o of offices) {
    const keys = new Set(nameKeys([o.name, ...o.aliases]));
    const same = kept.find((k) => k.organizationId === o.organizationId && [...keys].some((x) => k.keys.has(x)));
    if (!same) {
      kept.push({ id: o.id, organizationId: o.organizationId, keys });
      continue;
    }
    pairs.push({ keepId: same.id, mergeId: o.id, snapshot: JSON.stringify(o) });
    keys.forEach((k) => same.keys.add(k));
  }
  if (pairs.length) await tx.run('merge-offices', { pairs, ...at });
  return pairs.length;
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
    const created = this.db.writeTx(async (tx) => {
      if (source) await requireArticle(tx, source.articleId, 'source.articleId');
      // The same name locks as ingestion: a concurrent create or ingest of this name waits, then sees it.
      const keys = nameKeys([draft.name, ...draft.aliases]).map((k) => `${draft.kind}|${k}`);
      await tx.run('lock-name-keys', { ids: [...new Set(keys)].sort(), now });
      await this.refuseKnown(tx, draft);
      const [row] = await tx.run('create-entity', {
        row: entityRow(draft),
        articleId: source?.articleId ?? null,
        source: src,
        now,
        by,
      });
      if (!row) throw new Error('create-entity returned no row');
      const pins = [...(draft.description ? ['DESCRIPTION'] : []), ...(draft.start ? ['DATES'] : [])];
      if (pins.length) await tx.run('pin-entity-fields', { id: draft.id, fields: pins });
      return toEntity(row.entity);
    });
    return created.catch((err: unknown) => {
      // The id's unique constraint refused it: another create of this id (under another name) committed first.
      if (err instanceof KhabarError && err.code === ErrorCode.CONFLICT && err.extensions.property === 'id') {
        throw idTaken(draft.id);
      }
      throw err;
    });
  }

  /** Never a silent duplicate: a known id, or a known name or alias of the same kind, is a conflict. */
  private async refuseKnown(tx: TxRunner, draft: EntityDraft): Promise<void> {
    if ((await tx.run('find-entities-by-ids', { ids: [draft.id] })).length) throw idTaken(draft.id);
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

  async update(id: string, patch: VersionedPatch): Promise<EntityRecord> {
    checkPatch(patch);
    checkExpected('input.expectedVersion', patch.expectedVersion);
    const by = this.by;
    const now = new Date().toISOString();
    return this.db.writeTx(async (tx) => {
      // The lock first: the entity read below is then the latest, and no other edit lands in between.
      const version = (await lockEntities(tx, [id])).get(id);
      if (version === undefined) throw notFound('entity', id);
      refuseStale(id, version, patch.expectedVersion, 'input.expectedVersion');
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
      // A description set by hand stays what is shown, whatever articles say later (see pin-entity-fields).
      if (patch.description != null) await tx.run('pin-entity-fields', { id, fields: ['DESCRIPTION'] });
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

  async delete(id: string, hard: boolean, expectedVersion?: number | null): Promise<{ id: string; hard: boolean }> {
    // A soft delete can be undone; removing a node for good is an admin's call.
    if (hard) requireRole(this.principal, 'admin');
    checkExpected('expectedVersion', expectedVersion);
    const by = this.by;
    const now = new Date().toISOString();
    return this.db.writeTx(async (tx) => {
      // A soft-deleted entity is no longer an :Entity: only a hard delete finds it, and without a version check.
      const version = (await lockEntities(tx, [id])).get(id);
      if (version !== undefined) refuseStale(id, version, expectedVersion);
      else if (expectedVersion != null || !hard) throw notFound('entity', id);
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

  async merge(
    keepId: string,
    mergeId: string,
    expected: { keep?: number | null; merge?: number | null } = {},
  ): Promise<{ kept: EntityRecord; moved: number; aliases: string[]; officesMerged: number }> {
    if (keepId === mergeId) throw badInput('mergeId', 'an entity cannot be merged into itself');
    checkExpected('expectedVersion', expected.keep);
    checkExpected('expectedMergeVersion', expected.merge);
    const by = this.by;
    const now = new Date().toISOString();
    return this.db.writeTx(async (tx) => {
      // Both locks before anything is read: an edit of either entity waits, so the merge moves its latest names.
      const versions = await lockEntities(tx, [keepId, mergeId]);
      const keepVersion = versions.get(keepId);
      const mergeVersion = versions.get(mergeId);
      if (keepVersion !== undefined) refuseStale(keepId, keepVersion, expected.keep);
      if (mergeVersion !== undefined) refuseStale(mergeId, mergeVersion, expected.merge, 'expectedMergeVersion');
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
      // Two people (or two bodies) merged into one may leave the same office twice: join those too.
      const officesMerged = await mergeDuplicateOffices(tx, keepId, { now, by });
      const [kept] = await tx.run('find-entities-by-ids', { ids: [keepId] });
      if (!res || !kept) throw notFound('entity', keepId);
      return { kept: toEntity(kept.entity), moved: res.moved, aliases: res.aliases, officesMerged };
    });
  }

  /** Joins two offices that are one (the same office of the same body under two ids); a ChangeRecord keeps the
   * other. */
  async mergeOffices(keepId: string, mergeId: string) {
    if (keepId === mergeId) throw badInput('mergeId', 'an office cannot be merged into itself');
    const by = this.by;
    const now = new Date().toISOString();
    return this.db.writeTx(async (tx) => {
      const rows = await tx.run('find-offices-by-ids', { ids: [keepId, mergeId] });
      const keep = rows.find((r) => r.id === keepId);
      const merge = rows.find((r) => r.id === mergeId);
      if (!keep) throw notFound('office', keepId);
      if (!merge) throw notFound('office', mergeId);
      const [moved] = await tx.run('merge-offices', {
        pairs: [{ keepId, mergeId, snapshot: JSON.stringify(merge) }],
        now,
        by,
      });
      const [kept] = await tx.run('find-offices-by-ids', { ids: [keepId] });
      return { office: kept!, moved: moved?.moved ?? 0 };
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
