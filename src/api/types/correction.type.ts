import { Field, ID, ObjectType } from 'type-graphql';
import { ValueChange } from './account.type';

@ObjectType('CorrectionResult', {
  description: 'What a correction changed: the values shown by default that now differ (empty when none do).',
})
export class CorrectionResult {
  @Field(() => ID, { description: 'The entity or event corrected (the person, for a position).' }) id!: string;
  @Field(() => [ValueChange], { description: 'Values shown by default that the correction changed.' })
  valueChanges!: ValueChange[];
  // entity is resolved by CorrectionResultResolver, through the request's entity loader.
}
