import { Claim } from './claim.type';
import { Event, Organization, Person, Place } from './entity.type';
import { Connection } from './connection.type';

// One class per connection type so type-graphql emits each once.
export const PersonConnection = Connection('Person', () => Person);
export const OrganizationConnection = Connection('Organization', () => Organization);
export const PlaceConnection = Connection('Place', () => Place);
export const EventConnection = Connection('Event', () => Event);
export const ClaimConnection = Connection('Claim', () => Claim);
