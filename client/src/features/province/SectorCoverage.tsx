import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';
import { enumValues } from '../../i18n/enums';
import type { Sector } from '../../gql/schema-types';
import { ErrorNotice, Loading } from '../../ui/states';
import type { Collected } from '../../lib/collect';
import { TableWrap } from '../../ui/table-wrap';

interface Party {
  id: string;
  sector: Sector;
}

/** Pairs of distinct agencies from different sectors that are both parties of an active agreement, per sector pair. */
export function partnershipMatrix(agreements: { parties: Party[] }[]) {
  const pairs = new Set<string>();
  const sectorOf = new Map<string, Sector>();
  for (const a of agreements) {
    for (const p of a.parties) sectorOf.set(p.id, p.sector);
    for (let i = 0; i < a.parties.length; i++)
      for (let j = i + 1; j < a.parties.length; j++) {
        const x = a.parties[i];
        const y = a.parties[j];
        if (x.id === y.id || x.sector === y.sector) continue;
        pairs.add(x.id < y.id ? `${x.id}|${y.id}` : `${y.id}|${x.id}`);
      }
  }
  const counts = new Map<string, number>();
  for (const pair of pairs) {
    const [a, b] = pair.split('|');
    const sa = sectorOf.get(a)!;
    const sb = sectorOf.get(b)!;
    for (const k of [`${sa}|${sb}`, `${sb}|${sa}`]) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return { total: pairs.size, counts };
}

/** Which of the 11 sectors active agreements cover, and how the sectors are linked to each other. */
export function SectorCoverage({ covered, agreements }: { covered: Sector[]; agreements: Collected<{ parties: Party[] }> }) {
  const { t, e, number } = useI18n();
  const sectors = enumValues('Sector').filter((s) => s !== 'OTHER') as Sector[];
  const coveredSet = new Set(covered);
  const matrix = useMemo(() => partnershipMatrix(agreements.nodes), [agreements.nodes]);
  const linked = sectors.filter((s) => sectors.some((o) => matrix.counts.get(`${s}|${o}`)));

  return (
    <div className="coverage">
      <div>
        <h3 className="chart-title">{t('coverage.sectorsTitle', { n: sectors.filter((s) => coveredSet.has(s)).length, total: sectors.length })}</h3>
        <ul className="sector-list">
          {sectors.map((s) => (
            <li key={s} className={coveredSet.has(s) ? 'covered' : 'uncovered'}>
              <span aria-hidden="true" className="sector-mark">
                {coveredSet.has(s) ? '✓' : '✗'}
              </span>
              <span>{e('Sector', s)}</span>
              <span className="visually-hidden">: {coveredSet.has(s) ? t('coverage.covered') : t('coverage.notCovered')}</span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="chart-title">{t('coverage.matrixTitle')}</h3>
        <p className="chart-units">{t('coverage.matrixUnits')}</p>
        {agreements.loading ? (
          <Loading />
        ) : agreements.error ? (
          <ErrorNotice error={agreements.error} />
        ) : linked.length === 0 ? (
          <p className="state state-empty">{t('coverage.noPartnerships')}</p>
        ) : (
          <TableWrap>
            <table className="matrix">
              <caption className="visually-hidden">{t('coverage.matrixTitle')}</caption>
              <thead>
                <tr>
                  <td />
                  {linked.map((s) => (
                    <th key={s} scope="col">
                      <span className="matrix-col">{e('Sector', s)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {linked.map((r) => (
                  <tr key={r}>
                    <th scope="row">{e('Sector', r)}</th>
                    {linked.map((c) => {
                      const n = r === c ? null : matrix.counts.get(`${r}|${c}`) ?? 0;
                      return (
                        <td key={c} className={`num${n ? ' matrix-hit' : ''}`} style={n ? { background: `rgba(0,114,178,${Math.min(0.15 + n * 0.12, 0.8)})`, color: n > 4 ? '#fff' : undefined } : undefined}>
                          {n === null ? <span aria-label={t('coverage.sameSector')}>—</span> : number(n, 0)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {!agreements.loading && !agreements.error && (
          <p className="muted small">
            {t('coverage.pairsTotal', { n: matrix.total })}
            {agreements.truncated ? ` ${t('common.truncated')}` : ''}
          </p>
        )}
      </div>
    </div>
  );
}
