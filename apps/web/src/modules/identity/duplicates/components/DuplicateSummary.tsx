import type { DuplicateProposal } from '@bluelamp/contracts/identity/duplicates';
import { formatLondon } from '../../../../ui/format';
import { Panel } from '../../../../ui/Panel';
import { formatProbability } from '../utils/duplicateLabels';
import { DuplicateReasons } from './DuplicateReasons';
import { DuplicateStatusBadge } from './DuplicateStatusBadge';

/** Why the system proposed the pair, how sure it is, and where the proposal stands. */
export function DuplicateSummary({ proposal, what }: { proposal: DuplicateProposal; what: string }) {
  return (
    <Panel title="Why they look alike" aside={<DuplicateStatusBadge status={proposal.status} />}>
      <p>
        <strong>{formatProbability(proposal.probability)}</strong> likely to be the same {what}
        {proposal.entityType === 'location' ? ' (by the place rules)' : ' (matching engine)'}. Proposed {formatLondon(proposal.proposedAt)}, evidence worked out {formatLondon(proposal.scoredAt)}.
      </p>
      <DuplicateReasons reasons={proposal.reasons} />
    </Panel>
  );
}
