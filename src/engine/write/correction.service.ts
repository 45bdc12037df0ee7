import { z } from 'zod';
import { compact } from '../../core/args';
import { badInput, notFound } from '../../core/errors';
import { requireRole, type Principal } from '../../core/principal';
import type { Database, TxRunner } from '../../db/database';
import { parseProvenance } from '../../db/row.mappers';
import { expandPartialDate } from '../../model/partial-date';
import type { AccountField } from '../../model/vocabulary';
import { fieldSchemas, source as sourceSchema, type SourceInput } from '../bundle/bundle.schema';
import type { ExternalRefs } from '../bundle/bundle.validator';
import { validateFacts } from '../bundle/bundle.validator';
import { factRows, provenance, sourceProps } from '../facts/fact.rows';
import { writeFacts } from '../facts/fact.writer';
import { choosePositionValues, refreshValues, type ValueChange } from '../facts/value.refresh';
import { checkExternal } from '../resolve/entity.resolution';
import { requireArticle, sourceOf } from './fact.service';
import { asInputErrors, inputError } from './write.errors';
import type {
  ClaimPatch,
  EntityCorrection,
  FigurePatch,
  OfficePatch,
  PositionCorrection,
  RelationshipCorrection,
  SourceRef,
  StancePatch,
  WritableRelationshipType,
} from './write.inputs';

// Corrections by hand of everything ingestion writes, each in one transaction with the source it
// cites and a ChangeRecord keeping the values before and after: an article's account of an entity or
// event (description, dates, status, places), figures, claims, stances, positions, offices and
// relationships' dates. A corrected value comes from an account an editor prefers, so the value shown
// follows it until an editor prefers another (model/account.model.ts).

type At = { by: string; now: string };

/** Where a correction's values come from: the cited article's account, marked preferred. */
const CORRECTION: z.ZodType<EntityCorrection> = z
  .object({
    description: fieldSchemas.text(4000).nullish(),
    start: fieldSchemas.partialDate.nullish(),
    end: fieldSchemas.partialDate.nullish(),
    ongoing: z.boolean().nullish(),
    status: fieldSchemas.eventStatus.nullish(),
    addPlaceIds: z.array(z.string()).max(20).nullish(),
    removePlaceIds: z.array(z.string()).max(20).nullish(),
  })
  .superRefine((c, ctx) => {
    if ((c.end || c.ongoing != null) && !c.start) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: 'dates are corrected as a whole: give start too' });
    }
    if (c.start && c.end && c.end < c.start.slice(0, c.end.length)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `is before start ${c.start}` });
    }
    if (c.end && c.ongoing)
      ctx.addIssue({ code: 'custom', path: ['ongoing'], message: 'an event with an end is not ongoing' });
    if (c.ongoing && c.status && c.status !== 'ONGOING') {
      ctx.addIssue({ code: 'custom', path: ['status'], message: `is ${c.status} but ongoing is true` });
    }
  });

const parse = <T>(schema: z.ZodType<T>, field: string, value: unknown): T => {
  const r = schema.safeParse(value);
  if (!r.success) throw inputError(field, r.error);
  return r.data;
};

/** The cited source, checked by the bundle's rules (evidence for ARTICLE, a note otherwise). */
function checkedSource(ref: SourceRef): SourceInput {
  const r = sourceSchema.safeParse(sourceOf(ref));
  if (!r.success) throw inputError('source', r.error);
  return r.data;
}

/** A stored period back as the partial date it came from ("2025" for a YEAR-precision start). */
function partial(date: string | null, precision: string | null): string | undefined {
  if (!date) return undefined;
  return date.slice(0, precision === 'YEAR' ? 4 : precision === 'MONTH' ? 7 : 10);
}

/** External ids a correction names, checked against the graph like a bundle's. */
function refs(field: string, ids: string[], allowed: ('PLACE' | 'PERSON' | 'ORGANIZATION' | 'EVENT' | 'CLAIM')[]) {
  const m: ExternalRefs = new Map();
  ids.forEach((id, i) => m.set(id, { uses: [{ fact: 'input', field: `${field}[${i}]` }], allowed, mustAct: false }));
  return m;
}

/** A figure's fields a correction may remove (metric, unit and scope every figure has). */
const CLEARABLE = new Set([
  'label',
  'value',
  'low',
  'best',
  'high',
  'approximation',
  'periodStart',
  'periodEnd',
  'placeIds',
  'eventId',
  'qualifier',
]);

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export interface CorrectionResult {
  id: string;
  valueChanges: ValueChange[];
}

export class CorrectionService {
  constructor(
    private readonly db: Database,
    private readonly principal: Principal,
  ) {}

  private at(): At {
    requireRole(this.principal, 'editor');
    return { by: this.principal.id, now: new Date().toISOString() };
  }

  /** One transaction with the cited article checked first; bundle-rule refusals become BAD_USER_INPUT. */
  private run<T>(articleId: string | null, work: (tx: TxRunner, at: At) => Promise<T>): Promise<T> {
    const at = this.at();
    return asInputErrors('', () =>
      this.db.writeTx(async (tx) => {
        if (articleId) await requireArticle(tx, articleId, 'source.articleId');
        return work(tx, at);
      }),
    );
  }

  private record(
    tx: TxRunner,
    at: At,
    rows: {
      action: string;
      targetId: string;
      what: string;
      previous?: unknown;
      value?: unknown;
      articleId?: string;
      reason?: string | null;
    }[],
  ) {
    return tx.run('record-changes', {
      rows: rows.map((r) => ({
        action: r.action,
        targetId: r.targetId,
        what: r.what,
        previous: json(r.previous),
        value: json(r.value),
        articleId: r.articleId ?? null,
        reason: r.reason ?? null,
      })),
      ...at,
    });
  }

  /**
   * Writes single facts from a stored article through the fact writer (the same rules and provenance as
   * ingestion). `raw` is checked by the bundle's fact schema here, as an article's facts are: a corrected
   * figure is a stored row merged with a patch, whose shape only that check can vouch for.
   */
  private async writeSingle(tx: TxRunner, at: At, articleId: string, raw: unknown, replace: boolean) {
    const { facts, external } = validateFacts(raw);
    await checkExternal(tx, external);
    const rows = factRows(
      { entities: [], events: [], positions: [], ...facts },
      { ...at, articleId, resolve: (id) => id, replace: () => replace },
    );
    return writeFacts(tx, rows, at);
  }

  /**
   * Corrects what an article says of an entity or event: its description, an event's dates (as a whole)
   * and status become the cited article's account, preferred for those fields; places are added with
   * this source or removed (each removal kept in a ChangeRecord).
   */
  async correctEntity(id: string, input: EntityCorrection, ref: SourceRef): Promise<CorrectionResult> {
    const c = parse(CORRECTION, 'input', input);
    const source = checkedSource(ref);
    return this.run(ref.articleId, async (tx, at) => {
      const [entity] = await tx.run('find-entities-by-ids', { ids: [id] });
      if (!entity) throw notFound('entity', id);
      const isEvent = entity.kind === 'EVENT';
      const eventOnly = ['start', 'end', 'ongoing', 'status', 'addPlaceIds', 'removePlaceIds'] as const;
      for (const f of eventOnly) {
        if (!isEvent && c[f] != null) throw badInput(`input.${f}`, `does not apply to a ${entity.kind}`);
      }
      const fields: AccountField[] = [];
      const values: Record<string, unknown> = {};
      if (c.description != null) {
        fields.push('DESCRIPTION');
        values.description = c.description;
      }
      if (c.start) {
        fields.push('DATES');
        Object.assign(values, { start: c.start, end: c.end ?? null, ongoing: c.ongoing ?? false });
      }
      if (c.status) {
        fields.push('STATUS');
        values.status = c.status;
      }
      if (fields.length) {
        const [row] = await tx.run('correct-entity-account', {
          id: entity.id,
          articleId: ref.articleId,
          source: sourceProps(source),
          values,
          fields,
          ...at,
        });
        await this.record(tx, at, [
          {
            action: 'CORRECTION',
            targetId: entity.id,
            what: `account ${fields.join(', ')}`,
            previous: row?.before ?? null,
            value: values,
            articleId: ref.articleId,
          },
        ]);
      }
      if (c.addPlaceIds?.length) {
        const relationships = c.addPlaceIds.map((p) => ({
          type: 'OCCURRED_IN' as const,
          from: entity.id,
          to: p,
          source,
        }));
        await this.writeSingle(tx, at, ref.articleId, { relationships }, false);
      }
      for (const placeId of c.removePlaceIds ?? []) {
        const [r] = await tx.run('remove-relationship', {
          type: 'OCCURRED_IN',
          fromId: entity.id,
          toId: placeId,
          role: null,
          ...at,
        });
        if (!r?.removed) throw badInput('input.removePlaceIds', `'${entity.id}' is not recorded in '${placeId}'`);
      }
      if (c.addPlaceIds?.length || c.removePlaceIds?.length) {
        await this.record(tx, at, [
          {
            action: 'CORRECTION',
            targetId: entity.id,
            what: 'places',
            value: compact({ added: c.addPlaceIds, removed: c.removePlaceIds }),
            articleId: ref.articleId,
          },
        ]);
      }
      return { id: entity.id, valueChanges: await refreshValues(tx, { entities: [entity.id], positions: [] }) };
    });
  }

  /** Marks one article's account of an entity as the one to show for some fields. */
  async preferAccount(id: string, articleId: string, fields: AccountField[]): Promise<CorrectionResult> {
    if (!fields.length) throw badInput('fields', 'name at least one field');
    return this.run(null, async (tx, at) => {
      const [row] = await tx.run('prefer-entity-account', { id, articleId, fields, ...at });
      if (!row) throw notFound('account of entity', `${id} from ${articleId}`);
      await this.record(tx, at, [
        {
          action: 'PREFER',
          targetId: id,
          what: `account ${fields.join(', ')}`,
          value: { articleId, fields },
          articleId,
        },
      ]);
      return { id, valueChanges: await refreshValues(tx, { entities: [id], positions: [] }) };
    });
  }

  /**
   * Corrects a figure's values from a cited article (fields given replace, `clear` removes); kept in a
   * ChangeRecord.
   */
  async updateFigure(id: string, patch: FigurePatch, ref: SourceRef): Promise<string> {
    const unknown = (patch.clear ?? []).filter((k) => !CLEARABLE.has(k));
    if (unknown.length) {
      throw badInput('input.clear', `cannot clear ${unknown.join(', ')} (one of ${[...CLEARABLE].join(', ')})`);
    }
    return this.run(ref.articleId, async (tx, at) => {
      const [row] = await tx.run('find-figures-by-ids', { ids: [id] });
      if (!row) throw notFound('figure', id);
      const f = row.figure;
      const clear = new Set(patch.clear ?? []);
      const current = compact({
        metric: f.metric,
        label: f.label,
        value: f.value,
        low: f.low,
        best: f.best,
        high: f.high,
        approximation: f.approximation,
        unit: f.unit,
        scope: f.scope,
        periodStart: partial(f.periodStart ?? null, f.periodPrecision ?? null),
        periodEnd:
          f.periodEnd &&
          f.periodStart &&
          f.periodEnd !== expandPartialDate(partial(f.periodStart, f.periodPrecision ?? null)!).end
            ? partial(f.periodEnd, f.periodPrecision ?? null)
            : undefined,
        placeIds: f.placeIds ?? [],
        eventId: f.eventId,
        qualifier: f.qualifier,
      });
      const { clear: _c, ...given } = patch;
      const next = Object.fromEntries(Object.entries({ ...current, ...compact(given) }).filter(([k]) => !clear.has(k)));
      const figure = { ...next, id, claimId: f.claimId ?? undefined, source: checkedSource(ref) };
      await this.writeSingle(tx, at, ref.articleId, { figures: [figure] }, true);
      await this.record(tx, at, [
        {
          action: 'CORRECTION',
          targetId: id,
          what: 'figure',
          previous: current,
          value: next,
          articleId: ref.articleId,
        },
      ]);
      return id;
    });
  }

  /** Removes a figure for good; a ChangeRecord keeps it with its sources. */
  async removeFigure(id: string, reason: string | null): Promise<boolean> {
    return this.run(null, async (tx, at) => {
      const [row] = await tx.run('find-figures-by-ids', { ids: [id] });
      if (!row) throw notFound('figure', id);
      const sources = await tx.run('load-node-sources', { ids: [id] });
      const snapshot = JSON.stringify({ figure: row.figure, sources });
      const [r] = await tx.run('remove-figure', { id, snapshot, reason, ...at });
      return (r?.removed ?? 0) > 0;
    });
  }

  /** Corrects a claim's kind, text or date from a cited article, and what it is about. */
  async updateClaim(id: string, patch: ClaimPatch, ref: SourceRef): Promise<string> {
    return this.run(ref.articleId, async (tx, at) => {
      const [row] = await tx.run('load-claims', { ids: [id] });
      if (!row) throw notFound('claim', id);
      const c = row.claim;
      const kind = patch.kind ? parse(fieldSchemas.claimKind, 'input.kind', patch.kind) : c.kind;
      const text = patch.text ? parse(fieldSchemas.text(2000), 'input.text', patch.text) : c.text;
      const date = patch.date
        ? parse(fieldSchemas.partialDate, 'input.date', patch.date)
        : partial(c.date ?? null, c.datePrecision ?? null);
      const dated = date ? expandPartialDate(date) : null;
      const source = checkedSource(ref);
      const ctx = { ...at, articleId: ref.articleId };
      const addAbout = patch.addAboutIds ?? [];
      await checkExternal(
        tx,
        refs('input.addAboutIds', addAbout, ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT', 'CLAIM']),
      );
      await writeFacts(
        tx,
        {
          entities: [],
          relationships: [],
          participations: [],
          positions: [],
          claims: [
            {
              id,
              kind,
              text,
              date: dated?.start ?? null,
              datePrecision: dated?.precision ?? null,
              quotes: [],
              source: sourceProps(source),
              replace: true,
              fact: 'input',
              articleId: ref.articleId,
            },
          ],
          stances: [],
          subjects: addAbout.map((subjectId, i) => ({
            claimId: id,
            subjectId,
            provenance: provenance(ctx, source),
            fact: `input.addAboutIds[${i}]`,
            articleId: ref.articleId,
          })),
          figures: [],
        },
        at,
      );
      if (patch.removeAboutIds?.length) {
        const removed = await tx.run('remove-claim-subjects', { claimId: id, subjectIds: patch.removeAboutIds, ...at });
        const gone = new Set(removed.map((r) => r.subjectId));
        const missing = patch.removeAboutIds.filter((s) => !gone.has(s));
        if (missing.length) throw badInput('input.removeAboutIds', `'${id}' is not about ${missing.join(', ')}`);
      }
      await this.record(tx, at, [
        {
          action: 'CORRECTION',
          targetId: id,
          what: 'claim',
          previous: { kind: c.kind, text: c.text, date: c.date ?? null },
          value: {
            kind,
            text,
            date: date ?? null,
            ...compact({ addAboutIds: patch.addAboutIds, removeAboutIds: patch.removeAboutIds }),
          },
          articleId: ref.articleId,
        },
      ]);
      return id;
    });
  }

  /** Removes a claim for good with its stances, subjects and figures; a ChangeRecord keeps them. */
  async removeClaim(id: string, reason: string | null): Promise<boolean> {
    return this.run(null, async (tx, at) => {
      const [row] = await tx.run('load-claims', { ids: [id] });
      if (!row) throw notFound('claim', id);
      const [stances, subjects, figures, sources] = [
        await tx.run('load-claim-stances', { ids: [id] }),
        await tx.run('load-claim-subjects', { ids: [id] }),
        await tx.run('load-claim-figures', { ids: [id] }),
        await tx.run('load-node-sources', { ids: [id] }),
      ];
      const snapshot = JSON.stringify({
        claim: row.claim,
        stances: stances.map(({ key: _k, provenance: p, ...s }) => ({ ...s, sources: parseProvenance(p) })),
        about: subjects.map((s) => s.entity.id),
        figures: figures.map((f) => f.figure),
        sources,
      });
      await tx.run('remove-claim', { id, snapshot, reason, ...at });
      return true;
    });
  }

  /** Corrects a speaker's stance on a claim (its date, quote, channel) from a cited article. */
  async updateStance(
    claimId: string,
    speakerId: string,
    stance: 'ASSERTS' | 'DENIES',
    patch: StancePatch,
    ref: SourceRef,
  ): Promise<string> {
    return this.run(ref.articleId, async (tx, at) => {
      const current = (await tx.run('load-claim-stances', { ids: [claimId] })).find(
        (s) => s.speakerId === speakerId && s.stance === stance,
      );
      if (!current) throw notFound('stance', `${speakerId} ${stance} ${claimId}`);
      const date = patch.date
        ? parse(fieldSchemas.partialDate, 'input.date', patch.date)
        : partial(current.date ?? null, current.datePrecision ?? null);
      const quote = patch.quote ? parse(fieldSchemas.text(4000), 'input.quote', patch.quote) : (current.quote ?? null);
      const via = patch.via ? parse(fieldSchemas.text(300), 'input.via', patch.via) : (current.via ?? null);
      const dated = date ? expandPartialDate(date) : null;
      await writeFacts(
        tx,
        {
          entities: [],
          relationships: [],
          participations: [],
          positions: [],
          claims: [],
          stances: [
            {
              speakerKind: current.speakerKind,
              speakerId,
              description: current.description ?? null,
              claimId,
              stance,
              date: dated?.start ?? null,
              datePrecision: dated?.precision ?? null,
              quote,
              via,
              provenance: provenance({ ...at, articleId: ref.articleId }, checkedSource(ref)),
              replace: true,
              fact: 'input',
              articleId: ref.articleId,
            },
          ],
          subjects: [],
          figures: [],
        },
        at,
      );
      await this.record(tx, at, [
        {
          action: 'CORRECTION',
          targetId: claimId,
          what: `stance ${speakerId} ${stance}`,
          previous: { date: current.date ?? null, quote: current.quote ?? null, via: current.via ?? null },
          value: { date: date ?? null, quote, via },
          articleId: ref.articleId,
        },
      ]);
      return claimId;
    });
  }

  /** Removes a speaker's stance on a claim; a ChangeRecord keeps it with its sources. */
  async removeStance(claimId: string, speakerId: string, stance: 'ASSERTS' | 'DENIES'): Promise<string> {
    return this.run(null, async (tx, at) => {
      const [r] = await tx.run('remove-claim-stance', { claimId, speakerId, stance, ...at });
      if (!r?.removed) throw notFound('stance', `${speakerId} ${stance} ${claimId}`);
      return claimId;
    });
  }

  /**
   * Corrects a position's term as a cited article gives it: that source's record gets the dates and is
   * preferred (no other is), and the dates shown are chosen again.
   */
  async correctPosition(
    personId: string,
    officeId: string,
    input: PositionCorrection,
    ref: SourceRef,
  ): Promise<CorrectionResult> {
    const dates = compact({
      start: input.start ? parse(fieldSchemas.partialDate, 'input.start', input.start) : null,
      end: input.end ? parse(fieldSchemas.partialDate, 'input.end', input.end) : null,
      asOf: input.asOf ? parse(fieldSchemas.partialDate, 'input.asOf', input.asOf) : null,
    });
    if (!Object.keys(dates).length) throw badInput('input', 'give start, end or asOf');
    if (dates.start && dates.end && dates.end < dates.start.slice(0, dates.end.length))
      throw badInput('input.end', `is before start ${dates.start}`);
    return this.run(ref.articleId, async (tx, at) => {
      const [row] = await tx.run('load-position-accounts', { rows: [{ personId, officeId }] });
      if (!row) throw notFound('position', `${personId} → ${officeId}`);
      const records = row.provenance.map((p) => JSON.parse(p) as Record<string, unknown>);
      const sources = records.map((r) => String(r.article));
      const mine = {
        ...(JSON.parse(provenance({ ...at, articleId: ref.articleId }, checkedSource(ref), dates)) as Record<
          string,
          unknown
        >),
        preferred: ['DATES'],
      };
      const previous = records.find((r) => r.article === ref.articleId) ?? null;
      const rewritten = records
        .filter((r) => r.article !== ref.articleId)
        .map((r) => JSON.stringify({ ...r, preferred: undefined }));
      const written = await tx.run('set-position-provenance', {
        personId,
        officeId,
        sources: [...sources.filter((s) => s !== ref.articleId), ref.articleId],
        provenance: [...rewritten, JSON.stringify(mine)],
        ...at,
      });
      await this.record(tx, at, [
        {
          action: 'CORRECTION',
          targetId: personId,
          what: `position ${officeId}`,
          previous: previous ?? {
            startDate: row.startDate ?? null,
            endDate: row.endDate ?? null,
            asOf: row.asOf ?? null,
          },
          value: dates,
          articleId: ref.articleId,
        },
      ]);
      return { id: personId, valueChanges: await choosePositionValues(tx, written) };
    });
  }

  /** Removes a person's position; a ChangeRecord keeps it with its sources. */
  async removePosition(personId: string, officeId: string, reason: string | null): Promise<boolean> {
    return this.run(null, async (tx, at) => {
      const [r] = await tx.run('remove-position', { personId, officeId, reason, ...at });
      if (!r?.removed) throw notFound('position', `${personId} → ${officeId}`);
      return true;
    });
  }

  /** Renames an office or changes its aliases (the old name stays an alias). */
  async updateOffice(id: string, patch: OfficePatch) {
    return this.run(null, async (tx, at) => {
      const [o] = await tx.run('find-offices-by-ids', { ids: [id] });
      if (!o) throw notFound('office', id);
      const name = patch.name ? parse(fieldSchemas.text(300), 'input.name', patch.name) : o.name;
      const removed = new Set(patch.removeAliases ?? []);
      const aliases = [
        ...new Set([...o.aliases, ...(patch.addAliases ?? []), ...(name !== o.name ? [o.name] : [])]),
      ].filter((a) => !removed.has(a) && a !== name);
      const [row] = await tx.run('update-office', { id, name, aliases, ...at });
      await this.record(tx, at, [
        {
          action: 'CORRECTION',
          targetId: id,
          what: 'office',
          previous: { name: o.name, aliases: o.aliases },
          value: { name, aliases },
        },
      ]);
      return row!;
    });
  }

  /** Corrects a relationship's dates and note (a participation's note) from a cited article. */
  async correctRelationship(
    type: WritableRelationshipType,
    fromId: string,
    toId: string,
    role: string | null,
    input: RelationshipCorrection,
    ref: SourceRef,
  ): Promise<boolean> {
    return this.run(ref.articleId, async (tx, at) => {
      const current = (await tx.run('load-entity-relationships', { ids: [fromId] })).find(
        (r) => r.type === type && r.direction === 'OUT' && r.otherId === toId && (role === null || r.role === role),
      );
      if (!current) throw notFound('relationship', `${fromId} -[${type}${role ? ` ${role}` : ''}]-> ${toId}`);
      const source = checkedSource(ref);
      if (type === 'PARTICIPATED_IN') {
        if (input.start || input.end) throw badInput('input.start', 'a participation has no dates; correct the event');
        const participations = [
          compact({ actorId: fromId, eventId: toId, role: current.role!, note: input.note, source }),
        ];
        await this.writeSingle(tx, at, ref.articleId, { participations }, true);
      } else {
        const relationships = [
          compact({
            type,
            from: fromId,
            to: toId,
            start: input.start ?? partial(current.startDate ?? null, 'DAY'),
            end: input.end ?? partial(current.endDate ?? null, 'DAY'),
            note: input.note ?? current.note,
            source,
          }),
        ];
        await this.writeSingle(tx, at, ref.articleId, { relationships }, true);
      }
      await this.record(tx, at, [
        {
          action: 'CORRECTION',
          targetId: fromId,
          what: `${type} ${toId}${role ? ` ${role}` : ''}`,
          previous: {
            startDate: current.startDate ?? null,
            endDate: current.endDate ?? null,
            note: current.note ?? null,
          },
          value: compact({ ...input }),
          articleId: ref.articleId,
        },
      ]);
      return true;
    });
  }

  /** Records (or removes) an editor's mark that two claims contradict each other. */
  async markConflict(claimId: string, otherId: string, note: string | null, on: boolean): Promise<string> {
    if (claimId === otherId) throw badInput('otherId', 'a claim does not contradict itself');
    return this.run(null, async (tx, at) => {
      const found = await tx.run('load-claims', { ids: [claimId, otherId] });
      for (const id of [claimId, otherId]) if (!found.some((r) => r.key === id)) throw notFound('claim', id);
      if (on) {
        await tx.run('set-claim-conflict', { claimId, otherId, note, ...at });
        await this.record(tx, at, [
          { action: 'MARK_CONFLICT', targetId: claimId, what: `conflictsWith ${otherId}`, value: { otherId, note } },
        ]);
      } else {
        const [r] = await tx.run('remove-claim-conflict', { claimId, otherId, ...at });
        if (!r?.removed) throw notFound('conflict', `${claimId} ↔ ${otherId}`);
      }
      return claimId;
    });
  }
}
