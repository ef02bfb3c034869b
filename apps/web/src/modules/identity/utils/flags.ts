import { MARKER_TYPES } from '@bluelamp/contracts/identity/common';

const KIND_NAMES: Record<string, string> = {
  vulnerable: 'Vulnerable',
  repeat_victim: 'Repeat victim',
  warning_marker: 'Warning marker',
  critical_site: 'Critical site',
  repeat_location: 'Repeat location',
};

const MARKER_NAMES: Record<(typeof MARKER_TYPES)[number], string> = {
  violence: 'violence',
  weapons: 'weapons',
  firearms: 'firearms',
  drugs: 'drugs',
  mental_health: 'mental health',
  self_harm: 'self-harm',
  dangerous_dog: 'dangerous dog',
  other: 'other',
};

export const markerName = (markerType: string): string => MARKER_NAMES[markerType as keyof typeof MARKER_NAMES] ?? markerType.replace(/_/g, ' ');

/** "Warning marker: weapons", "Vulnerable", "Critical site". */
export function flagLabel(kind: string, markerType: string | null | undefined): string {
  const name = KIND_NAMES[kind] ?? kind.replace(/_/g, ' ');
  return markerType ? `${name}: ${markerName(markerType)}` : name;
}

/** Warnings for officer safety are red; needs of the person (vulnerable, repeat victim) amber. */
export function flagTone(kind: string): 'danger' | 'warning' {
  return kind === 'warning_marker' || kind === 'critical_site' ? 'danger' : 'warning';
}

/** A search summary's flag word ('warning_marker:weapons') split into kind and marker. */
export function splitSummaryFlag(flag: string): { kind: string; markerType: string | null } {
  const [kind = flag, markerType] = flag.split(':');
  return { kind, markerType: markerType ?? null };
}

/** Officer-safety warnings first, then the rest in the order recorded. */
export function sortFlags<T extends { kind: string }>(flags: T[]): T[] {
  return [...flags].sort((a, b) => Number(flagTone(b.kind) === 'danger') - Number(flagTone(a.kind) === 'danger'));
}

/** A probability 0–1 as a whole percentage, never rounded up to a certain 100% or down to 0%. */
export function formatProbability(p: number): string {
  if (p >= 0.995) return '>99%';
  if (p < 0.01) return '<1%';
  return `${Math.round(p * 100)}%`;
}

/** How strong a candidate is, in words beside the figure (colour is never the only signal). */
export function matchStrength(p: number): { label: string; tone: 'success' | 'info' | 'neutral' } {
  if (p >= 0.9) return { label: 'Strong match', tone: 'success' };
  if (p >= 0.5) return { label: 'Possible match', tone: 'info' };
  return { label: 'Weak match', tone: 'neutral' };
}
