import { Type, type Static } from '@sinclair/typebox';
import { Instant } from '../common';

export const ResponseGrade = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    description: Type.String(),
    /** Time to arrive from the moment the incident is graded, seconds. */
    targetSeconds: Type.Integer(),
    sortOrder: Type.Integer(),
    version: Type.Integer(),
    updatedAt: Instant,
  },
  { additionalProperties: false },
);
export type ResponseGrade = Static<typeof ResponseGrade>;
export const ResponseGradeList = Type.Object({ items: Type.Array(ResponseGrade) }, { additionalProperties: false });

export const GradeParams = Type.Object({ code: Type.String({ pattern: '^[a-z_]{1,40}$' }) }, { additionalProperties: false });
export const UpdateResponseGradeRequest = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    /** 1 minute to 7 days. */
    targetSeconds: Type.Integer({ minimum: 60, maximum: 7 * 24 * 3600 }),
    reason: Type.String({ minLength: 3, maxLength: 500, description: 'Why the force changed its target (kept in the audit trail)' }),
  },
  { additionalProperties: false },
);
export type UpdateResponseGradeRequest = Static<typeof UpdateResponseGradeRequest>;

export const OffenceCode = Type.Object(
  {
    code: Type.String(),
    label: Type.String(),
    groupLabel: Type.Union([Type.String(), Type.Null()]),
    policeUkCategoryCode: Type.Union([Type.String(), Type.Null()]),
    policeUkCategoryName: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type OffenceCode = Static<typeof OffenceCode>;
export const SearchOffenceCodesQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Words, e.g. "theft from shop", or a code' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  },
  { additionalProperties: false },
);
export type SearchOffenceCodesQuery = Static<typeof SearchOffenceCodesQuery>;
export const OffenceCodeList = Type.Object({ items: Type.Array(OffenceCode) }, { additionalProperties: false });

export const CodeName = Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false });
export const PoliceUkCategoryList = Type.Object({ items: Type.Array(CodeName) }, { additionalProperties: false });

export const OutcomeType = Type.Object(
  { code: Type.String(), label: Type.String(), outcomeGroup: Type.String() },
  { additionalProperties: false },
);
export const OutcomeTypeList = Type.Object({ items: Type.Array(OutcomeType) }, { additionalProperties: false });

export const IncidentCategory = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    nsirClass: Type.String(),
    defaultGradeCode: Type.String(),
    isActive: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type IncidentCategory = Static<typeof IncidentCategory>;
export const IncidentCategoryList = Type.Object({ items: Type.Array(IncidentCategory) }, { additionalProperties: false });
