import { organisationResolver } from './organisation.ts';
import { programmeResolver } from './programme.ts';
import { personResolver } from './person.ts';
import { placeResolver } from './place.ts';
import type { TypeResolver } from './types.ts';

/** Type-specific rules, one small module per type. */
export const resolvers: TypeResolver[] = [
  organisationResolver,
  programmeResolver,
  personResolver,
  placeResolver,
];
