import { z } from 'zod';
import {
  BASES,
  CLAIM_KINDS,
  DATE_CERTAINTIES,
  EVENT_STATUSES,
  EVENT_SUBTYPES,
  EVENT_TYPES,
  FIGURE_SCOPES,
  ORGANIZATION_TYPES,
  PARTICIPANT_ROLES,
  PLACE_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  STANCES,
  METRIC_NAMES,
  METRIC_SYNONYMS,
  canonicalMetric,
} from '../../model/vocabulary';
import { SCRIPT_CODES, scriptOf } from '../../model/names';

// The article bundle: one article and every fact taken from it, each with its provenance.
// docs/bundle-format.md explains it with examples; data/articles/*.json are real bundles.

const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9]+(?:[-.][a-z0-9]+)*$`), `must look like "${prefix}:lowercase-words"`);
const anyId = z.string().regex(/^[a-z]+:[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must look like "kind:lowercase-words"');
const text = (max: number) => z.string().trim().min(1).max(max);

/** "2025", "2025-10" or "2025-10-19": the precision is the form (YEAR, MONTH, DAY). */
const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(
    (s) =>
      s.length < 10 ||
      (!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)),
    'is not a real calendar date',
  );

export const source = z
  .object({
    basis: z.enum(BASES).default('ARTICLE'),
    /** How the article attributes the fact: "Pakistani state media reported, citing intelligence sources". */
    attribution: text(500).optional(),
    /** The actor the article names as its source for this fact (a ministry, a media wing, a broadcaster). */
    reportedBy: anyId.optional(),
    /** Verbatim excerpt of the article that supports the fact (required when basis is ARTICLE). */
    evidence: text(2000).optional(),
    note: text(1000).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.basis === 'ARTICLE' && !s.evidence) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['evidence'], message: 'is required when basis is ARTICLE' });
    }
    if (s.basis !== 'ARTICLE' && !s.note) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['note'],
        message: `is required when basis is ${s.basis} (say why it is known)`,
      });
    }
  });
export type SourceInput = z.infer<typeof source>;

/**
 * An alias in another script or language may carry a tag: {"name": "خواجہ آصف", "script": "Arab",
 * "lang": "ur"}. The script (ISO 15924) must be the one the name is written in; lang is an ISO 639 code
 * (ur, ps, prs, ar, hi, tr ...) or a list of them, when several languages write the name alike. The
 * tag documents the name; the graph reads the script from the characters, and the name is an alias
 * like any other.
 */
const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code (ur, ps, prs, ar, hi, tr)');
const taggedAlias = z
  .object({
    name: text(300),
    script: z.enum(SCRIPT_CODES).optional(),
    lang: z.union([languageCode, z.array(languageCode).min(1).max(10)]).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    const written = scriptOf(a.name);
    if (a.script && written !== a.script) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['script'],
        message: `is ${a.script} but '${a.name}' is written in ${written ?? 'more than one script'}`,
      });
    }
  });
const alias = z.union([text(300), taggedAlias]).transform((a) => (typeof a === 'string' ? a : a.name));

const names = {
  name: text(300),
  aliases: z.array(alias).max(100).default([]),
  description: text(2000).optional(),
};

// An entity's own fields, without its source: createEntity checks these (its source is optional there),
// a bundle adds the source it requires.
const personFields = z.object({ id: id('person'), kind: z.literal('PERSON'), ...names });
const organizationFields = z.object({
  id: id('org'),
  kind: z.literal('ORGANIZATION'),
  orgType: z.enum(ORGANIZATION_TYPES),
  ...names,
});
const placeFields = z.object({
  id: id('place'),
  kind: z.literal('PLACE'),
  placeType: z.enum(PLACE_TYPES),
  /** ISO 3166-1 alpha-2 for countries. */
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  ...names,
});

export const entityFields = z.discriminatedUnion('kind', [
  personFields.strict(),
  organizationFields.strict(),
  placeFields.strict(),
]);

const entity = z.discriminatedUnion('kind', [
  personFields.extend({ source }).strict(),
  organizationFields.extend({ source }).strict(),
  placeFields.extend({ source }).strict(),
]);

const participant = z
  .object({
    actorId: anyId,
    role: z.enum(PARTICIPANT_ROLES),
    note: text(500).optional(),
    source,
  })
  .strict();

const figureShape = z.object({
  id: id('figure'),
  /** A controlled metric (model/vocabulary.ts METRICS) or one of its synonyms: what is counted. */
  metric: z.string().refine(
    (m) => canonicalMetric(m) !== undefined,
    (m) => ({
      message:
        `'${m}' is not a controlled metric: use one of ${METRIC_NAMES.join(', ')} ` +
        `(synonyms accepted: ${Object.keys(METRIC_SYNONYMS).join(', ')}), and keep the article's own name in label`,
    }),
  ),
  /** The article's own name for the measure ("security forces personnel martyred"); kept as the figure's label. */
  label: text(200).optional(),
  value: z.number().nonnegative().optional(),
  low: z.number().nonnegative().optional(),
  best: z.number().nonnegative().optional(),
  high: z.number().nonnegative().optional(),
  /** The article's wording when it is not an exact number: "over 200", "thousands", "dozens". */
  approximation: text(200).optional(),
  unit: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case (people, attacks, operations, hours)'),
  scope: z.enum(FIGURE_SCOPES),
  periodStart: partialDate.optional(),
  periodEnd: partialDate.optional(),
  /** The one place counted; placeIds for a figure over several places (a toll for two districts). */
  placeId: anyId.optional(),
  placeIds: z.array(anyId).max(20).default([]),
  /** For scope EVENT: the one event counted. */
  eventId: anyId.optional(),
  qualifier: text(500).optional(),
});

function checkFigure(f: z.infer<typeof figureShape>, ctx: z.RefinementCtx) {
  if (f.value === undefined && f.low === undefined && f.best === undefined && f.high === undefined) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['value'], message: 'a figure needs value, or low/best/high' });
  }
  if (f.low !== undefined && f.high !== undefined && f.low > f.high) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['low'], message: 'is greater than high' });
  }
  if (f.scope === 'EVENT' && !f.eventId) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['eventId'], message: 'is required when scope is EVENT' });
  }
  if (f.scope === 'AGGREGATE' && f.eventId) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['eventId'],
      message: 'must be absent when scope is AGGREGATE (per-event counts use scope EVENT)',
    });
  }
}

const figure = figureShape.strict().superRefine(checkFigure);
export type FigureInput = z.infer<typeof figure>;

const eventShape = z.object({
  id: id('event'),
  name: text(300),
  aliases: z.array(text(300)).max(100).default([]),
  description: text(4000).optional(),
  eventType: z.enum(EVENT_TYPES),
  subType: z.string(),
  start: partialDate,
  end: partialDate.optional(),
  /** Still going on at the article's date ("for decades", "remain shut"): no end is known. */
  ongoing: z.boolean().optional(),
  /** PLANNED (announced, not yet happened), ONGOING, CONCLUDED or CANCELLED; read from the dates when absent. */
  status: z.enum(EVENT_STATUSES).optional(),
});

function checkEventFields(e: z.infer<typeof eventShape>, ctx: z.RefinementCtx) {
  const allowed: readonly string[] = EVENT_SUBTYPES[e.eventType];
  if (!allowed.includes(e.subType)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['subType'],
      message: `'${e.subType}' is not a sub-type of ${e.eventType} (one of ${allowed.join(', ')})`,
    });
  }
  if (e.ongoing && e.end) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['ongoing'], message: 'an event with an end is not ongoing' });
  }
  if (e.end && e.end < e.start.slice(0, e.end.length)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['end'], message: `is before start ${e.start}` });
  }
  if (e.ongoing && e.status && e.status !== 'ONGOING') {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['status'],
      message: `is ${e.status} but ongoing is true (an ongoing event has status ONGOING)`,
    });
  }
}

/** An event's own fields, without source or links: what createEntity checks for an event. */
export const eventFields = eventShape.strict().superRefine(checkEventFields);

const event = eventShape
  .extend({
    placeIds: z.array(anyId).max(20).default([]),
    partOf: anyId.optional(),
    participants: z.array(participant).max(200).default([]),
    /**
     * Counts of this one event that the article gives in its own voice ("killing dozens"), with no
     * speaker. Attributed numbers belong in a claim's figures instead. Always scope EVENT.
     */
    figures: z.array(figure).max(50).default([]),
    source,
  })
  .strict()
  .superRefine((e, ctx) => {
    checkEventFields(e, ctx);
    e.figures.forEach((f, i) => {
      if (f.scope !== 'EVENT' || (f.eventId && f.eventId !== e.id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['figures', i, 'scope'],
          message: 'an event figure has scope EVENT and counts this event only',
        });
      }
    });
  });

const position = z
  .object({
    personId: anyId,
    /** The office itself, shared by every holder: "Defence Minister of Pakistan". */
    office: z.object({ id: id('office'), name: text(300), aliases: z.array(text(300)).default([]) }).strict(),
    organizationId: anyId,
    start: partialDate.optional(),
    end: partialDate.optional(),
    /** The date the article shows the person in office, when start and end are unknown. */
    asOf: partialDate.optional(),
    source,
  })
  .strict();

/**
 * Who takes a stance: a named actor (actorId), a source the article does not name ("informed diplomatic
 * sources", "a security official": anonymous, in the article's words), or the outlet in its own voice.
 */
const speaker = {
  actorId: anyId.optional(),
  /** An unnamed source as the article describes it; it belongs to this article and its outlet. */
  anonymous: text(300).optional(),
  /** The outlet itself, in its own voice (an editorial, the reporter's own finding). */
  outlet: z.literal(true).optional(),
};

function checkSpeaker(s: { actorId?: string; anonymous?: string; outlet?: true }, ctx: z.RefinementCtx) {
  const given = [s.actorId, s.anonymous, s.outlet].filter((x) => x !== undefined).length;
  if (given !== 1) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['actorId'],
      message: "give exactly one speaker: actorId, anonymous (the article's description) or outlet: true",
    });
  }
}

const stanceFields = {
  ...speaker,
  stance: z.enum(STANCES),
  date: partialDate.optional(),
  /** Verbatim words of this speaker, when the article quotes them. */
  quote: text(4000).optional(),
  /** The channel: "press conference", "televised remarks", "statement". */
  via: text(300).optional(),
  source,
};

const stance = z.object(stanceFields).strict().superRefine(checkSpeaker);
export type StanceInput = z.infer<typeof stance>;

/** A stance on a claim stated elsewhere (another article, or earlier in the graph): no need to declare it again. */
const looseStance = z
  .object({ claimId: anyId, ...stanceFields })
  .strict()
  .superRefine(checkSpeaker);

const claim = z
  .object({
    id: id('claim'),
    kind: z.enum(CLAIM_KINDS),
    /** The claim in one neutral sentence. */
    text: text(2000),
    date: partialDate.optional(),
    stances: z.array(stance).min(1).max(50),
    aboutIds: z.array(anyId).max(50).default([]),
    figures: z.array(figure).max(50).default([]),
    source,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.stances.some((s) => s.stance === 'ASSERTS')) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['stances'],
        message: 'needs at least one ASSERTS stance (who makes the claim)',
      });
    }
  });

const relationship = z
  .object({
    type: z.enum(RELATIONSHIP_TYPE_NAMES),
    from: anyId,
    to: anyId,
    start: partialDate.optional(),
    end: partialDate.optional(),
    note: text(500).optional(),
    source,
  })
  .strict();

const article = z
  .object({
    id: id('article'),
    title: text(500),
    publisher: text(200).optional(),
    /** YYYY-MM-DD (or coarser when only that is known). */
    publishedDate: partialDate,
    dateCertainty: z.enum(DATE_CERTAINTIES),
    dateNote: text(1000).optional(),
    /** Where the text lives: a path relative to the bundle's own folder (the seed keeps it beside the bundle). */
    file: text(500).optional(),
    url: z.string().url().optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/)
      .default('en'),
  })
  .strict()
  .refine((a) => a.file || a.url, { message: 'needs file or url', path: ['file'] })
  .refine((a) => a.dateCertainty === 'STATED' || a.dateNote, {
    message: 'an INFERRED date needs dateNote saying how',
    path: ['dateNote'],
  });

/** A participant added to an event declared elsewhere (another article, or earlier in the graph). */
const participation = z
  .object({ eventId: anyId, actorId: anyId, role: z.enum(PARTICIPANT_ROLES), note: text(500).optional(), source })
  .strict();

/** A figure on its own: stated by an existing claim (claimId), or an event's count in the article's voice. */
const looseFigure = figureShape
  .extend({ claimId: anyId.optional(), source })
  .strict()
  .superRefine((f, ctx) => {
    checkFigure(f, ctx);
    if (!f.claimId && f.scope !== 'EVENT') {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['claimId'],
        message: 'a figure without a claim (no speaker) must count one event (scope EVENT)',
      });
    }
  });

export const bundle = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    article,
    entities: z.array(entity).max(2000).default([]),
    events: z.array(event).max(2000).default([]),
    positions: z.array(position).max(2000).default([]),
    claims: z.array(claim).max(2000).default([]),
    relationships: z.array(relationship).max(5000).default([]),
    participations: z.array(participation).max(5000).default([]),
    figures: z.array(looseFigure).max(2000).default([]),
    stances: z.array(looseStance).max(5000).default([]),
  })
  .strict();
export type Bundle = z.infer<typeof bundle>;
export type BundleInput = z.input<typeof bundle>;

/** The facts an editor may add to an article already in the graph, one mutation at a time. */
export const factSet = bundle.pick({
  relationships: true,
  participations: true,
  claims: true,
  figures: true,
  stances: true,
});
export type FactSet = z.infer<typeof factSet>;
export type FactSetInput = z.input<typeof factSet>;

/** Each section's item schema, so that a bundle with a bad item still has its other items checked. */
export const SECTION_SCHEMAS = {
  entities: entity,
  events: event,
  positions: position,
  claims: claim,
  relationships: relationship,
  participations: participation,
  figures: looseFigure,
  stances: looseStance,
} as const;
export const articleSchema = article;

/** Single fields, checked with the bundle's own rules where an editor corrects one value. */
export const fieldSchemas = {
  partialDate,
  text,
  eventStatus: z.enum(EVENT_STATUSES),
  claimKind: z.enum(CLAIM_KINDS),
};
