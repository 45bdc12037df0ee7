import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ENTITY_CHANGES, type EntityChangeKind } from '../../model/live.feed';

const EntityChange = Object.fromEntries(ENTITY_CHANGES.map((v) => [v, v])) as {
  [K in EntityChangeKind]: K;
};
registerEnumType(EntityChange, {
  name: 'EntityChange',
  description: 'What a committed write did to an entity.',
  valuesConfig: {
    CREATED: { description: 'Created by createEntity.' },
    UPDATED: { description: 'Its own fields changed (updateEntity).' },
    DELETED: { description: 'Deleted: hidden from reads (soft) or removed for good (hard).' },
    RESTORED: { description: 'A soft delete undone.' },
    MERGED: { description: 'Merged: the entity kept, or (with mergedIntoId) the one merged away.' },
    RELATIONSHIPS: { description: 'A relationship of it was added or removed.' },
    REPORTED: { description: 'An ingested article, a mention or a new claim or figure concerns it.' },
  },
});

@ObjectType('ArticleIngested', { description: 'An article stored or revised by ingestArticle (committed).' })
export class ArticleIngested {
  @Field(() => ID, { description: 'The stored article.' }) articleId!: string;
  @Field(() => Boolean, { description: 'True for a new article; false when a stored one was revised or extended.' })
  articleCreated!: boolean;
  @Field(() => Int, { nullable: true, description: 'The revision number when the ingest revised a stored article.' })
  revision!: number | null;
}

@ObjectType('EntityChanged', { description: 'An entity changed by a committed write.' })
export class EntityChanged {
  @Field(() => ID, { description: 'The entity that changed.' }) entityId!: string;
  @Field(() => EntityChange, { description: 'What the write did to it.' }) change!: EntityChangeKind;
  @Field(() => ID, {
    nullable: true,
    description: 'MERGED: the entity this one was merged into; null for the one kept.',
  })
  mergedIntoId!: string | null;
  @Field(() => Boolean, { description: 'DELETED: true when it was removed for good rather than hidden.' })
  hard!: boolean;
}

@ObjectType('ClaimAdded', { description: 'A claim stored by addClaim or by an ingested article (committed).' })
export class ClaimAdded {
  @Field(() => ID, { description: 'The new claim.' }) claimId!: string;
}
