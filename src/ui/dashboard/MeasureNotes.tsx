import { Text } from '@fluentui/react-components';
import type { Expertise, Format, Outreach } from '../../core';
import { useMessages } from '../useMessages';

/**
 * Measure 1 in words: without a Stakeholders sheet, how to start the mapping (rather than an
 * empty chart); with one, the pillars below the minimum and who is being approached in each.
 */
export function OutreachNote({
  outreach,
  minPerPillar,
  format,
}: {
  readonly outreach: Outreach | null;
  readonly minPerPillar: number;
  readonly format: Format;
}) {
  const { t } = useMessages('dashboard');
  if (outreach === null)
    return (
      <Text as="p" data-testid="outreach-missing">
        {t('outreach.noSheet')}
      </Text>
    );
  const min = format.count(minPerPillar);
  const list = outreach.pillarGaps
    .map((gap) =>
      t('outreach.gap', {
        pillar: format.list('pillar', gap.pillar),
        active: format.count(gap.active),
        pipeline: format.count(gap.pipeline),
      }),
    )
    .join(', ');
  return (
    <Text as="p" data-testid="pillar-gaps">
      {outreach.pillarGaps.length === 0 ? t('outreach.noGap', { min }) : t('outreach.gaps', { min, list })}
    </Text>
  );
}

/** Measure 2 in words: the countries whose lessons the period's meetings used. */
export function CountriesNote({ expertise, format }: { readonly expertise: Expertise; readonly format: Format }) {
  const { t } = useMessages('dashboard');
  const list = expertise.countries
    .map((c) => `${c.custom ? c.key : format.list('country', c.key)} (${format.count(c.meetings)})`)
    .join(', ');
  return (
    <Text as="p" data-testid="countries">
      {list === '' ? t('expertise.noCountry') : t('expertise.countries', { list })}
    </Text>
  );
}
