import { Type, type Static } from '@sinclair/typebox';
import { Instant } from '../common';

export const PolicySetting = Type.Object(
  {
    key: Type.String(),
    value: Type.Unknown(),
    description: Type.String(),
    version: Type.Integer(),
    updatedAt: Instant,
  },
  { additionalProperties: false },
);
export type PolicySetting = Static<typeof PolicySetting>;
export const PolicySettingList = Type.Object({ items: Type.Array(PolicySetting) }, { additionalProperties: false });
export const PolicyKeyParams = Type.Object({ key: Type.String({ pattern: '^[a-zA-Z0-9_.]{1,80}$' }) }, { additionalProperties: false });
export const UpdatePolicySettingRequest = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    value: Type.Union([Type.Boolean(), Type.Number(), Type.String({ maxLength: 500 })]),
    reason: Type.String({ minLength: 3, maxLength: 500 }),
  },
  { additionalProperties: false },
);
export type UpdatePolicySettingRequest = Static<typeof UpdatePolicySettingRequest>;
