import { Type, type Static } from '@sinclair/typebox';
import { Uuid } from '../common';
import { PersonSummary } from './persons';

/**
 * Summaries of named persons (`?ids=…&ids=…`), e.g. the candidates the matching engine ranked: enough
 * to tell them apart and see their warnings before opening one (an audited read of its own).
 */
export const ListPersonSummariesQuery = Type.Object(
  { ids: Type.Array(Uuid, { minItems: 1, maxItems: 50 }) },
  { additionalProperties: false },
);
export type ListPersonSummariesQuery = Static<typeof ListPersonSummariesQuery>;

/** In the order asked; merged-away and unknown ids are left out (the index may lag a merge by moments). */
export const PersonSummaryList = Type.Object({ items: Type.Array(PersonSummary) }, { additionalProperties: false });
export type PersonSummaryList = Static<typeof PersonSummaryList>;
