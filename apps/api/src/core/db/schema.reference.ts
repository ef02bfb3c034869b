export type ReferenceTables = {};
