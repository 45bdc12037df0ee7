import { Field, ObjectType } from 'type-graphql';

@ObjectType('EntityName', { description: 'One name of an entity: its preferred name or an alias, with its script.' })
export class EntityName {
  @Field(() => String, { description: 'The name as stored.' }) name!: string;
  @Field(() => Boolean, { description: 'True for the preferred display name, false for an alias.' })
  preferred!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'ISO 15924 script it is written in, read from its characters: Latn, Arab (Urdu, Pashto, Dari, Arabic), ' +
      'Deva (Hindi) ...; null when it mixes scripts.',
  })
  script!: string | null;
}
