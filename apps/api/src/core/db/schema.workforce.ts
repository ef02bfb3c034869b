export type WorkforceTables = {};
