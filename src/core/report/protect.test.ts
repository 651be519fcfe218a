import { dayFromYmd } from '../workbook/day';
import { ACTORS, INCIDENT_CATEGORIES, type Actor, type IncidentCategory } from '../schema/lists';
import type { IncidentFigures } from '../indicators/types';
import type { DraftIncidentRow, IncidentFacts, TerritoryCount } from './incidentFacts';
import { protectIncidents } from './protect';
import type { CountCell, IncidentsSection } from './types';

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function facts(
  byCategory: Partial<Record<IncidentCategory, number>>,
  byActor: Partial<Record<Actor, number>>,
  territories: Omit<TerritoryCount, 'key'>[],
  extra: Partial<IncidentFigures> = {},
  rows: DraftIncidentRow[] = [],
): IncidentFacts {
  const categories = { ...zeros(INCIDENT_CATEGORIES), ...byCategory };
  const actors = { ...zeros(ACTORS), ...byActor };
  const recorded = Object.values(categories).reduce((a, b) => a + b, 0);
  return {
    figures: {
      recorded,
      byCategory: categories,
      byActor: actors,
      publicSecurity: actors.pnc + actors.mining_police + actors.fardc + actors.anr,
      sharedShare: 0.5,
      closedShare: 0.25,
      medianDaysToShare: 12,
      medianDaysToClose: 40,
      overdue: 0,
      ...extra,
    },
    territories: territories.map((t, i) => ({ ...t, key: t.name?.toLowerCase() ?? `confidential ${i}` })),
    rows,
  };
}

const label = (c: CountCell): number | string =>
  c.kind === 'count' ? c.value : c.kind === 'suppressed' ? `< ${c.below}` : 'hidden';
function figures(section: IncidentsSection) {
  if (section.kind !== 'figures') throw new Error(`expected figures, got ${section.kind}`);
  return section;
}
const territoryTable = (section: IncidentsSection) =>
  figures(section).byTerritory.map((t) => [t.territory.kind === 'named' ? t.territory.name : 'OTHER', label(t.count)]);

const row = (incidentId: string, territory: string, confidential: boolean): DraftIncidentRow => ({
  incidentId,
  date: dayFromYmd(2025, 7, 10),
  territory,
  category: 'threat',
  actor: 'pnc',
  severity: 'high',
  followUp: 'open',
  confidential,
});

describe('protectIncidents: fewer than minCount incidents', () => {
  it.each([0, 1, 4])('a donor report with %i incidents publishes no figure at all, only the sentence', (n) => {
    const f = facts({ threat: n }, { pnc: n }, n ? [{ name: 'Kipushi', count: n }] : [], { overdue: 3 });
    expect(protectIncidents(f, 'donor', 5, 90)).toEqual({ kind: 'tooFew', minCount: 5 });
  });

  it('uses the workbook minCount (3): 3 incidents are published', () => {
    const f = facts({ threat: 3 }, { pnc: 3 }, [{ name: 'Kipushi', count: 3 }]);
    expect(figures(protectIncidents(f, 'donor', 3, 90)).recorded).toEqual({ kind: 'count', value: 3 });
  });

  it('the internal report keeps every count of a small period', () => {
    const f = facts({ threat: 2 }, { pnc: 2 }, [{ name: 'Kipushi', count: 2 }], { overdue: 1 });
    const s = figures(protectIncidents(f, 'internal', 5, 90));
    expect(s.byCategory.find((r) => r.key === 'threat')?.count).toEqual({ kind: 'count', value: 2 });
    expect(s.overdue).toEqual({ kind: 'count', value: 1 });
  });

  it('no Incidents sheet: nothing to publish', () => {
    expect(protectIncidents(null, 'donor', 5, 90)).toEqual({ kind: 'none' });
  });
});

describe('protectIncidents: donor breakdowns', () => {
  const f = facts(
    { threat: 7, extortion: 3, use_of_force: 6 },
    { pnc: 2, fardc: 6, private_security: 8 },
    [
      { name: 'Kipushi', count: 7 },
      { name: 'Likasi', count: 2 },
      { name: 'Lubumbashi', count: 6 },
      { name: 'Kambove', count: 1 },
    ],
    { overdue: 2 },
  );
  const s = figures(protectIncidents(f, 'donor', 5, 90));

  it('suppresses small categories, hides the complement, keeps zeros', () => {
    const table = Object.fromEntries(s.byCategory.map((r) => [r.key, label(r.count)]));
    expect(table).toMatchObject({
      threat: 7,
      extortion: '< 5',
      use_of_force: 'hidden',
      killing: 0,
      sexual_violence: 0,
    });
  });

  it('merges small territories into "other territories" first, then protects the merged count', () => {
    // Likasi 2 + Kambove 1 = 3 → "< 5"; Lubumbashi 6, the next smallest, is hidden.
    expect(territoryTable(s)).toEqual([
      ['Kipushi', 7],
      ['Lubumbashi', 'hidden'],
      ['OTHER', '< 5'],
    ]);
  });

  it('protects the public-security subtotal together with the perpetrators', () => {
    const table = Object.fromEntries(s.byActor.map((r) => [r.key, label(r.count)]));
    expect(table).toMatchObject({ pnc: '< 5', fardc: 'hidden', private_security: 8, anr: 0 });
    expect(label(s.publicSecurity)).toBe(8);
  });

  it('suppresses a small overdue count and lists no incident', () => {
    expect(s.overdue).toEqual({ kind: 'suppressed', below: 5 });
    expect(s.rows).toBeNull();
  });

  it('a zero overdue count stays zero', () => {
    const zero = figures(
      protectIncidents(facts({ threat: 9 }, { pnc: 9 }, [{ name: 'Kipushi', count: 9 }]), 'donor', 5, 90),
    );
    expect(zero.overdue).toEqual({ kind: 'count', value: 0 });
  });
});

describe('protectIncidents: confidential incidents', () => {
  const f = facts(
    { threat: 8 },
    { pnc: 8 },
    [
      { name: 'Kipushi', count: 6 },
      { name: null, count: 2 },
    ],
    {},
    [row('I1', 'Kipushi', false), row('I2', 'SECRET-PLACE', true)],
  );

  it('are counted but never listed, and their territory is "other territories" in the internal report', () => {
    const s = figures(protectIncidents(f, 'internal', 5, 90));
    expect(s.rows?.map((r) => r.incidentId)).toEqual(['I1']);
    expect(territoryTable(s)).toEqual([
      ['Kipushi', 6],
      ['OTHER', 2],
    ]);
    expect(JSON.stringify(s)).not.toContain('SECRET');
    expect(JSON.stringify(s)).not.toContain('confidential');
  });
});

describe('protectIncidents: medians made of few incidents', () => {
  // 12 incidents, 6 shared (median 12 days), 1 closed (its own delay: 81 days).
  const f = () =>
    facts({ threat: 12 }, { pnc: 12 }, [{ name: 'Kipushi', count: 12 }], {
      sharedShare: 0.5,
      closedShare: 1 / 12,
      medianDaysToShare: 12,
      medianDaysToClose: 81,
    });

  it('the donor report withholds a median of fewer than minCount incidents, and keeps the others', () => {
    const s = figures(protectIncidents(f(), 'donor', 5, 90));
    expect(s.medianDaysToClose).toEqual({ kind: 'withheld' });
    expect(s.medianDaysToShare).toEqual({ kind: 'days', value: 12 });
  });

  it('the internal report keeps both', () => {
    const s = figures(protectIncidents(f(), 'internal', 5, 90));
    expect(s.medianDaysToClose).toEqual({ kind: 'days', value: 81 });
  });

  it('no median at all stays empty, not withheld', () => {
    const s = figures(
      protectIncidents(
        { ...f(), figures: { ...f().figures, closedShare: 0, medianDaysToClose: null } },
        'donor',
        5,
        90,
      ),
    );
    expect(s.medianDaysToClose).toEqual({ kind: 'days', value: null });
  });
});
