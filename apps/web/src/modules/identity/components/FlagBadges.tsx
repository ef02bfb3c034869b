import { Badge } from '../../../ui/Badge';
import { flagLabel, flagTone, sortFlags } from '../utils/flags';

type FlagBadgesProps = { flags: { kind: string; markerType: string | null }[]; emptyText?: string };

/** Current flags as words on coloured badges, officer-safety warnings first. */
export function FlagBadges({ flags, emptyText }: FlagBadgesProps) {
  if (flags.length === 0) return emptyText ? <span className="muted">{emptyText}</span> : null;
  return (
    <span className="badge-row flag-banner">
      {sortFlags(flags).map((f, i) => (
        <Badge key={`${f.kind}:${f.markerType ?? ''}:${i}`} tone={flagTone(f.kind)}>
          {flagLabel(f.kind, f.markerType)}
        </Badge>
      ))}
    </span>
  );
}
