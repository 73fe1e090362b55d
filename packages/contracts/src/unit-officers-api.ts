import { Type, type Static } from '@sinclair/typebox';
import { OfficerRole } from './identity-api.ts';

/**
 * `GET /console/officers?unit=&role=`: the officers of one unit, for any officer holding a role on
 * it (to assign a dossier to a colleague). Names and roles only: no username, contact or
 * credential leaves this route.
 */
export const UnitOfficersQuery = Type.Object(
  {
    unit: Type.String({ format: 'uuid', description: 'The unit whose officers are listed' }),
    role: Type.Optional(OfficerRole),
  },
  { additionalProperties: false },
);
export type UnitOfficersQuery = Static<typeof UnitOfficersQuery>;

export const UnitOfficer = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    fullName: Type.String(),
    roles: Type.Array(OfficerRole, { description: 'The roles held on the unit asked about' }),
  },
  { additionalProperties: false },
);
export type UnitOfficer = Static<typeof UnitOfficer>;

export const UnitOfficerList = Type.Object({ items: Type.Array(UnitOfficer) });
export type UnitOfficerList = Static<typeof UnitOfficerList>;
