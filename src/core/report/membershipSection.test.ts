import { indicatorsOf, member, validated } from '../../../test/builders/buildValidated';
import { membershipSection } from './membershipSection';

describe('the report’s membership section', () => {
  // One organisation written two ways, as secretariats do: the indicators count it once.
  const workbook = validated({
    members: [
      member('M1', 'extractive', '2024-01-10', { organisation: 'Acme-Mining' }),
      member('M2', 'extractive', '2024-02-10', { organisation: 'Acme Mining' }),
      member('M3', 'extractive', '2024-03-10', { organisation: 'ACME mining.' }),
      member('M4', 'civil_society', '2024-03-10', { organisation: 'Justice pour tous' }),
    ],
  });
  const indicators = indicatorsOf(workbook, '2025-Q3', '2025-10-15');
  const section = membershipSection(workbook, indicators);

  it('keys organisations as the indicators do, so a pillar’s count and the Total row agree', () => {
    expect(indicators.membership.organisations).toBe(2);
    const extractive = section.byPillar.find((p) => p.pillar === 'extractive');
    expect(extractive?.organisationCount).toBe(1);
    expect(section.byPillar.reduce((sum, p) => sum + p.organisationCount, 0)).toBe(section.organisations);
  });

  it('names each organisation once, as first written', () => {
    expect(section.byPillar.find((p) => p.pillar === 'extractive')?.organisations).toEqual(['Acme-Mining']);
  });
});
