import { Field, ObjectType } from 'type-graphql';
import { Event } from './entity.type';
import { EventStatus } from './enums';

@ObjectType('TimelineEntry', { description: 'An event on a timeline, with its date as words and its status.' })
export class TimelineEntry {
  @Field(() => Event, { description: 'The event.' }) event!: Event;
  @Field(() => String, { description: 'The date at its precision: "19 October 2025", "October 2025", "2025".' })
  dateLabel!: string;
  @Field(() => EventStatus, { description: 'PLANNED events are on the timeline as planned, not as having happened.' })
  status!: string;
}
