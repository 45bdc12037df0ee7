import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Page } from '../../core/keyset';
import type { EntityRecord } from '../../model/entity.model';
import { SEARCH_MATCHES, type SearchMatch as SearchMatchName } from '../../read/entity/search.query';
import { PageInfo } from './connection.type';
import { Entity } from './entity.type';

// Search hits: the entity, and how it matched the text, so a client can tell a name from a sound-alike
// spelling, a title, or a few shared words.

const SearchMatch = Object.fromEntries(SEARCH_MATCHES.map((v) => [v, v])) as {
  [K in SearchMatchName]: K;
};

registerEnumType(SearchMatch, {
  name: 'SearchMatch',
  description: 'How a search hit matched the text, strongest first.',
  valuesConfig: {
    NAME: { description: 'The whole text is one of its names or aliases (case, diacritics, honorifics aside).' },
    PHONETIC: {
      description: 'The whole text is a spelling of one of its names that sounds the same (Najeeb for Najib).',
    },
    TITLE: { description: 'An office the person holds, with or without the name, explains the whole text.' },
    TEXT: { description: 'Some of the words match (or nearly match): a partial hit.' },
  },
});

@ObjectType('SearchEdge', { description: 'One search hit.' })
export class SearchEdge {
  @Field(() => String, { description: 'Opaque position of this hit, for after.' }) cursor!: string;
  @Field(() => Entity, { description: 'The entity found.' }) node!: EntityRecord;
  @Field(() => SearchMatch, { description: 'How it matched.' }) match!: SearchMatchName;
  @Field(() => String, {
    nullable: true,
    description: 'The name, alias or office that matched, as stored; null when only some words matched.',
  })
  matchedName!: string | null;
}

@ObjectType('SearchConnection', { description: 'Search hits, best first.' })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The hits of this page.' }) edges!: SearchEdge[];
  @Field(() => PageInfo, { description: 'Where this page sits in the ranking.' }) pageInfo!: PageInfo;

  @Field(() => Int, {
    description: 'Hits over all pages (at most the 1,000 best full-text candidates; then totalCountExact is false).',
  })
  async totalCount(this: Page<EntityRecord>): Promise<number> {
    return (await this.total()).count;
  }

  @Field(() => Boolean, { description: 'False when totalCount is a lower bound.' })
  async totalCountExact(this: Page<EntityRecord>): Promise<boolean> {
    return (await this.total()).exact;
  }
}
