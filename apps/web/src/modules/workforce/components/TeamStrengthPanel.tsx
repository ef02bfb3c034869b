import { Link } from '../../../app/router';
import { Panel } from '../../../ui/Panel';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useTeams } from '../hooks/useTeams';
import { teamKindName } from '../utils/staffName';

/** People per kind of team (response, neighbourhood, CID …) and per team, from the directory. */
export function TeamStrengthPanel() {
  const teams = useTeams();
  const byKind = new Map<string, { teams: number; people: number }>();
  for (const t of teams.data?.items ?? []) {
    const k = byKind.get(t.kind) ?? { teams: 0, people: 0 };
    byKind.set(t.kind, { teams: k.teams + 1, people: k.people + t.memberCount });
  }
  const total = [...byKind.values()].reduce((sum, k) => sum + k.people, 0);
  return (
    <Panel title="Team strength" aside={<span className="muted">{total.toLocaleString('en-GB')} people in teams</span>}>
      <QueryStatus isLoading={teams.isLoading} error={teams.error} onRetry={teams.refetch} what="teams" />
      {teams.data && (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">People by kind of team</caption>
              <thead>
                <tr>
                  <th scope="col">Kind of team</th>
                  <th scope="col" className="num">Teams</th>
                  <th scope="col" className="num">People</th>
                  <th scope="col">Share</th>
                </tr>
              </thead>
              <tbody>
                {[...byKind.entries()].map(([kind, k]) => (
                  <tr key={kind}>
                    <th scope="row">{teamKindName(kind)}</th>
                    <td className="num">{k.teams}</td>
                    <td className="num">{k.people.toLocaleString('en-GB')}</td>
                    <td>
                      <span className="bar" aria-hidden="true">
                        <span style={{ width: `${total ? (100 * k.people) / total : 0}%` }} />
                      </span>{' '}
                      {total ? Math.round((100 * k.people) / total) : 0}%
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <details className="team-details">
            <summary>Every team</summary>
            <ul className="plain-list">
              {teams.data.items.map((t) => (
                <li key={t.id}>
                  <Link to={`/staff?teamId=${t.id}`}>{t.name}</Link> <span className="muted">· {teamKindName(t.kind)}{t.neighbourhoodFocus ? ` (${t.neighbourhoodFocus})` : ''} · {t.memberCount}</span>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </Panel>
  );
}
