import type { Plain } from '../neo4j/neo4j.convert';
import { optionalString } from '../neo4j/neo4j.convert';
import type { EntityRecord } from './entity.type';
import type { EntityKind } from './entity-kind.enum';

/** Picks the public fields of an entity node map (internal ones such as nameKeys stay behind). */
export function toEntity(p: Plain): EntityRecord {
  const m = p as Record<string, Plain>;
  const s = (k: string) => optionalString(m[k]);
  return {
    id: String(m.id),
    name: String(m.name),
    aliases: Array.isArray(m.aliases) ? m.aliases.map(String) : [],
    kind: m.kind as EntityKind,
    description: s('description'),
    orgType: s('orgType'),
    placeType: s('placeType'),
    countryCode: s('countryCode'),
    eventType: s('eventType'),
    subType: s('subType'),
    startDate: s('startDate'),
    endDate: s('endDate'),
    datePrecision: s('datePrecision'),
    ongoing: m.ongoing === true,
  };
}
