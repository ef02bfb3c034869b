/** The matching engine's (or the place rules') reasons, in words, as a list. */
export function DuplicateReasons({ reasons, limit }: { reasons: string[]; limit?: number }) {
  const shown = limit ? reasons.slice(0, limit) : reasons;
  if (shown.length === 0) return <>—</>;
  return (
    <ul className="duplicate-reasons" aria-label="Why they look alike">
      {shown.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
      {limit && reasons.length > limit && <li>and {reasons.length - limit} more</li>}
    </ul>
  );
}
