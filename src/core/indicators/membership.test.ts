import { indicatorsOf, member, validated } from '../../../test/builders/buildValidated';

const since = '2024-03-01';
const members = [
  member('E1', 'extractive', since, { gender: 'F', organisation: 'Tenke Fungurume Mining' }),
  member('E2', 'extractive', since, { gender: 'M', organisation: 'TENKE FUNGURUME MINING ' }),
  member('E3', 'extractive', since, { organisation: 'Tenke-Fungurume Mining' }),
  member('P1', 'private_security', since, { gender: 'M', organisation: 'G4S' }),
  member('P2', 'private_security', since, { gender: 'F', organisation: 'g4s' }),
  member('G1', 'government', since, { gender: 'M', organisation: 'Mairie', left: '2025-08-15' }),
  member('G2', 'government', '2025-07-01', { gender: 'F', organisation: 'Division des mines' }),
  member('G3', 'government', '2025-09-30', { gender: 'M', organisation: 'ANR' }),
  member('C1', 'civil_society', since, { gender: 'F', organisation: 'ASADHO' }),
  member('C2', 'civil_society', since, { gender: 'M', organisation: 'ACIDH', left: '2025-06-30' }),
  member('C3', 'civil_society', '2025-10-01', { organisation: 'Justicia' }),
  member('O1', 'observer', since, { gender: 'F', organisation: 'Ambassade du Canada' }),
  member('O2', 'observer', since, { gender: 'M', organisation: 'Ambassade de Suède', left: '2025-09-30' }),
];

describe('membership', () => {
  it('counts active members by pillar as of the end of a quarter that is over', () => {
    const { membership, targets } = indicatorsOf(validated({ members }), '2025-Q3', '2025-12-01');
    expect(membership).toEqual({
      // E1 E2 E3 P1 P2 G2 G3 (joined on asOf) C1 O1; O2 left on asOf, C3 joined after.
      active: 9,
      byPillar: { extractive: 3, private_security: 2, government: 2, civil_society: 1, observer: 1 },
      pillarsAtMinimum: 1,
      smallestPillarShare: 1 / 8,
      // G2 (1 Jul) and G3 (30 Sep); G1 (15 Aug) and O2 (30 Sep).
      joined: 2,
      left: 2,
      // Tenke Fungurume Mining written three ways, G4S two ways: 6 organisations.
      organisations: 6,
      // F: E1 P2 G2 C1 O1 of 8 with a gender (E3 blank).
      womenShare: 5 / 8,
    });
    expect(targets.pillarsAtMinimum).toEqual({ value: 1, target: 4, ratio: 0.25, status: 'off_track' });
  });

  it('uses the minimum per pillar of the settings', () => {
    const { membership, targets } = indicatorsOf(
      validated({ members, settings: { minPerPillar: 1 } }),
      '2025-Q3',
      '2025-12-01',
    );
    expect(membership.pillarsAtMinimum).toBe(4);
    expect(targets.pillarsAtMinimum.status).toBe('on_track');
  });

  it('counts the running quarter so far', () => {
    const { membership } = indicatorsOf(validated({ members }), '2025-Q3', '2025-08-01');
    expect(membership.active).toBe(10); // G1 and O2 still there, G3 not yet
    expect(membership.byPillar.government).toBe(2);
    expect(membership.joined).toBe(1);
    expect(membership.left).toBe(0);
  });

  it('has null shares without members', () => {
    const { membership } = indicatorsOf(
      validated({ members: [member('O9', 'observer', since)] }),
      '2025-Q3',
      '2025-12-01',
    );
    expect(membership.smallestPillarShare).toBeNull();
    expect(membership.womenShare).toBeNull();
    expect(membership.active).toBe(1);
    expect(membership.pillarsAtMinimum).toBe(0);
  });
});
