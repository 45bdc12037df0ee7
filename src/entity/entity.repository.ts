import type { Database } from '../neo4j/neo4j.database';
import type { EntityRecord } from './entity.type';

export class EntityRepository {
  constructor(private readonly db: Database) {}

  async findById(id: string): Promise<EntityRecord | null> {
    const rows = await this.db.read('find-entity-by-id', { id });
    return (rows[0]?.entity as EntityRecord | undefined) ?? null;
  }
}
