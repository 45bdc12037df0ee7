import {
  BASES,
  CLAIM_KINDS,
  DATE_CERTAINTIES,
  DATE_PRECISIONS,
  ENTITY_KINDS,
  FIGURE_SCOPES,
  PARTICIPANT_ROLES,
  STANCES,
} from '../model/vocabulary';
import type { NamedTypes } from './cypher.types';

// Names the cypher/ headers may use: the stored shapes of the graph's nodes (as `n {.*}` returns them:
// only the keys listed are read, others may be there) and the vocabularies whose values a column holds.
// A vocabulary's TypeScript type has the same name in model/vocabulary.ts.

export const VOCABULARY_TYPES = {
  EntityKind: ENTITY_KINDS,
  DatePrecision: DATE_PRECISIONS,
  DateCertainty: DATE_CERTAINTIES,
  ClaimKind: CLAIM_KINDS,
  Stance: STANCES,
  FigureScope: FIGURE_SCOPES,
  Basis: BASES,
  ParticipantRole: PARTICIPANT_ROLES,
} as const satisfies NamedTypes;

export const SHAPE_TYPES = {
  EntityNode: `{id: string, name: string, aliases?: string[], kind: EntityKind, description?: string,
    orgType?: string, placeType?: string, countryCode?: string, eventType?: string, subType?: string,
    startDate?: date, endDate?: date, datePrecision?: DatePrecision, ongoing?: bool, connections?: int,
    version?: int, status?: string}`,
  EntityRef: '{id: string, name: string, kind: EntityKind}',
  ClaimNode:
    '{id: string, kind: ClaimKind, text: string, date?: date, datePrecision?: DatePrecision, quotes?: string[]}',
  FigureNode: `{id: string, metric: string, value?: float, low?: float, best?: float, high?: float,
    approximation?: string, unit: string, scope: FigureScope, periodStart?: date, periodEnd?: date,
    periodPrecision?: DatePrecision, qualifier?: string, claimId?: string, placeId?: string, eventId?: string,
    label?: string, placeIds?: string[], groupKey?: string}`,
  ArticleNode: `{id: string, title: string, publisher?: string, publishedDate: date, datePrecision?: DatePrecision,
    dateCertainty: DateCertainty, dateNote?: string, file?: string, url?: string, language?: string,
    mentionCandidates?: string[]}`,
  SourceProps: '{basis: Basis, attribution?: string, reportedBy?: string, evidence?: string, note?: string}',
  /** Any node drawn in a neighbourhood or a path: the fields a label and a kind are made from. */
  GraphNodeRow: `{id: string, labels: string[], name?: string, title?: string, text?: string, metric?: string,
    kind?: string, orgType?: string, placeType?: string, eventType?: string, subType?: string}`,
  /** A named entity as written: labels from the fixed table, name keys, the kind's own properties. */
  EntityRow: `{id: string, labels: string[], name: string, aliases: string[], nameKeys: string[], props: Props,
    startDate: date?, endDate: date?, source?: SourceProps, articleId?: string, account?: Props, replace?: bool,
    fact?: string}`,
  ArticleRow: `{id: string, title: string, publisher?: string, dateCertainty: DateCertainty, dateNote?: string,
    file?: string, url?: string, language: string, contentHash?: string, bundleHash: string, bundle?: string}`,
  /**
   * One source's account of an entity or event: its SOURCED_FROM (source fields and the values it asserts)
   * with the article's id and date, and the event's places this article names.
   */
  AccountRow: `{articleId: string, publishedDate: date, at?: datetime, preferred?: string[], description?: string,
    start?: string, end?: string, ongoing?: bool, status?: string, basis: Basis, attribution?: string,
    reportedBy?: string, evidence?: string, note?: string, placeIds: string[]}`,
  /** Node properties to SET as they are: every value a string, number, boolean or list of strings. */
  Props: 'map',
} as const satisfies NamedTypes;

export const NAMED_TYPES: NamedTypes = { ...VOCABULARY_TYPES, ...SHAPE_TYPES };
