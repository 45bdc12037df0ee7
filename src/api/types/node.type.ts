import { Field, ID, InterfaceType } from 'type-graphql';
import { nodeTypeOf } from '../../model/node-id';

@InterfaceType('Node', {
  description:
    'An object with a globally unique id that node(id:) fetches again (the Relay Global Object Identification ' +
    'convention): every entity (Person, Organization, Place, Event), Claim, Article and Figure. The id says ' +
    'what it is by its prefix ("person:", "org:", "place:", "event:", "claim:", "article:", "figure:").',
  // Records are plain objects: the id's prefix names their type.
  resolveType: (value: { id: string }) => nodeTypeOf(value.id) ?? undefined,
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique id; its prefix names the type, e.g. "claim:…".' })
  id!: string;
}
