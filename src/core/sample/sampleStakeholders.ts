import { memberActiveOn } from '../rules/activeOn';
import type { Influence, PillarOrObserver } from '../schema/lists';
import type { Day } from '../workbook/day';
import type { Random } from './random';
import { FIRST_NAMES, ROLES, SURNAMES } from './sampleNames';
import { projectStart } from './sampleProgramme';
import { PROSPECTS } from './sampleProgrammeTexts';
import type { SampleMember, SampleStakeholder, SampleWindow, Text } from './sampleTypes';

/** Where the organisations work. */
const TERRITORIES = ['Lubumbashi', 'Kolwezi', 'Likasi', 'Kipushi', 'Kambove'];

/**
 * How far each prospect got, by pillar, in the order of PROSPECTS: the pillar that lags
 * (government) has the most organisations approached and the most refusals.
 */
type Reach = 'identified' | 'contacted' | 'invited' | 'declined';
const REACH: Readonly<Record<PillarOrObserver, readonly Reach[]>> = {
  government: ['declined', 'invited', 'contacted', 'declined', 'identified', 'contacted'],
  private_security: ['invited', 'declined', 'contacted'],
  extractive: ['invited', 'contacted', 'identified'],
  civil_society: ['invited', 'contacted'],
  observer: ['identified'],
};
/** Prospects that carry weight: key representatives the group wants at the table. */
const KEY_PROSPECTS = new Set(['National Intelligence Agency (ANR)', 'PNC provincial command', 'Garde Plus DRC']);

interface Draft {
  readonly organisation: Text;
  readonly pillar: PillarOrObserver;
  readonly influence: Influence;
  readonly identified: Day;
  readonly contacted: Day | null;
  readonly invited: Day | null;
  readonly declined: Day | null;
  readonly memberId: string | null;
}

/** Days between `from` and `to` split into steps, each at least a week after the one before. */
function steps(rnd: Random, from: Day, to: Day, count: number): Day[] {
  const out: Day[] = [];
  let day = from;
  for (let i = 0; i < count; i++) {
    const room = to - day - 7 * (count - i);
    if (room < 0) break;
    day += 7 + rnd.int(0, Math.min(40, room));
    out.push(day);
  }
  return out;
}

/**
 * The stakeholder mapping of the support project (programme.md, measure 1): members already
 * at the table when it starts (one for most organisations), with their weight; each member who
 * joins later, found by the mapping a few months before (one of them declined first); and the
 * organisations still being approached or that said no, most of them in government.
 */
export function sampleStakeholders(
  rnd: Random,
  members: readonly SampleMember[],
  window: SampleWindow,
): SampleStakeholder[] {
  const start = projectStart(window);
  const drafts: Draft[] = [];

  // Already at the table: one member for most organisations, mapped in the first weeks.
  const seen = new Set<string>();
  for (const m of members) {
    if (!memberActiveOn(m, start) || seen.has(m.organisation.en)) continue;
    seen.add(m.organisation.en);
    if (!rnd.chance(0.6)) continue;
    drafts.push({
      organisation: m.organisation,
      pillar: m.pillar,
      influence: rnd.weighted<Influence>([
        ['high', 2],
        ['medium', 3],
        ['low', 1],
      ]),
      identified: start + rnd.int(0, 20),
      contacted: null,
      invited: null,
      declined: null,
      memberId: m.memberId,
    });
  }

  // Found by the mapping, then contacted, invited and welcomed.
  let declinedFirst = false;
  for (const m of members) {
    if (m.joined < start + 45 || m.joined > window.end) continue;
    const identified = Math.max(start, m.joined - rnd.int(60, 160));
    const [contacted = null, invited = null, declined = null] = steps(rnd, identified, m.joined, 3);
    // One organisation said no before it came after all.
    const refusedOnce = !declinedFirst && declined !== null && m.pillar !== 'observer';
    if (refusedOnce) declinedFirst = true;
    drafts.push({
      organisation: m.organisation,
      pillar: m.pillar,
      influence: rnd.chance(0.35) ? 'high' : 'medium',
      identified,
      contacted,
      invited,
      declined: refusedOnce ? declined : null,
      memberId: m.memberId,
    });
  }

  // Still being approached, or said no.
  for (const [pillar, reaches] of Object.entries(REACH) as [PillarOrObserver, readonly Reach[]][]) {
    reaches.forEach((reach, n) => {
      const organisation = PROSPECTS[pillar][n]!;
      const identified = start + rnd.int(0, window.end - start - 40);
      const stages = reach === 'identified' ? 0 : reach === 'contacted' ? 1 : 2;
      const [contacted = null, invited = null, answer = null] = steps(rnd, identified, window.end, stages + 1);
      drafts.push({
        organisation,
        pillar,
        influence: KEY_PROSPECTS.has(organisation.en) ? 'high' : rnd.chance(0.5) ? 'medium' : 'low',
        identified,
        contacted: stages >= 1 ? contacted : null,
        invited: stages >= 2 ? invited : null,
        declined: reach === 'declined' ? answer : null,
        memberId: null,
      });
    });
  }

  // IDs in the order the mapping found them, as a secretariat numbers its list.
  return drafts
    .sort((a, b) => a.identified - b.identified)
    .map((d, i) => ({
      ...d,
      stakeholderId: `A${String(i + 1).padStart(3, '0')}`,
      contact: `${rnd.pick(FIRST_NAMES)[0]} ${rnd.pick(SURNAMES)}`,
      role: rnd.pick(ROLES[d.pillar]),
      territory: rnd.pick(TERRITORIES),
    }));
}
