import { compact } from '../neo4j/neo4j.convert';
import { nameKeys } from './name.normalizer';
import { expandPeriod } from './partial-date';
import { labelsFor, type EntityKindName } from './vocabulary';

/** An entity's own fields, as a bundle or an editor gives them. */
export interface EntityFields {
  id: string;
  kind: EntityKindName;
  name: string;
  aliases: string[];
  description?: string | null;
  orgType?: string | null;
  placeType?: string | null;
  countryCode?: string | null;
  eventType?: string | null;
  subType?: string | null;
  start?: string | null;
  end?: string | null;
  ongoing?: boolean | null;
}

/**
 * The node row merge-entities and create-entity write: labels from the fixed table, name keys, only
 * the properties that belong to the kind, and an event's period expanded from its partial dates.
 */
export function entityRow(f: EntityFields) {
  const period = f.kind === 'EVENT' && f.start ? expandPeriod(f.start, f.end ?? undefined) : null;
  return {
    id: f.id,
    labels: labelsFor(f.kind, f.kind === 'PLACE' ? f.placeType : null),
    name: f.name,
    aliases: f.aliases,
    nameKeys: nameKeys([f.name, ...f.aliases]),
    props: compact({
      kind: f.kind,
      description: f.description,
      orgType: f.kind === 'ORGANIZATION' ? f.orgType : null,
      placeType: f.kind === 'PLACE' ? f.placeType : null,
      countryCode: f.kind === 'PLACE' ? f.countryCode : null,
      eventType: f.kind === 'EVENT' ? f.eventType : null,
      subType: f.kind === 'EVENT' ? f.subType : null,
      datePrecision: period?.precision,
      ongoing: f.kind === 'EVENT' && f.ongoing ? true : null,
    }),
    startDate: period?.start ?? null,
    endDate: period?.end ?? null,
  };
}
