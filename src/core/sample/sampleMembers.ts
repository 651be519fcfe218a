import type { Gender, PillarOrObserver } from '../schema/lists';
import type { Day } from '../workbook/day';
import type { Random } from './random';
import { FIRST_NAMES, OBSERVER_PEOPLE, ORGANISATIONS, ROLES, SURNAMES, type SampleOrganisation } from './sampleNames';
import type { Profile, SampleMember, SampleWindow } from './sampleTypes';

/** About 60 members: the four pillars and the observers, as a real group would have them. */
const PILLAR_COUNTS: readonly (readonly [PillarOrObserver, number])[] = [
  ['extractive', 16],
  ['private_security', 10],
  ['government', 13],
  ['civil_society', 14],
  ['observer', 7],
];
const LATE_JOINERS = 14;
const LEAVERS = 6;
const DRIFTERS = 4;
const WOMEN_SHARE = 0.32;

/** Who the member is, before dates and IDs. */
interface Person {
  readonly name: string;
  readonly gender: Gender;
  readonly pillar: PillarOrObserver;
  readonly organisation: SampleOrganisation;
}

/** Lower-case ASCII for an e-mail address (accents dropped, spaces and apostrophes removed). */
function mailPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z-]/g, '');
}

/** Every organisation of a pillar gets one member, the rest go to organisations at random. */
function organisationsFor(rnd: Random, pillar: PillarOrObserver, count: number): SampleOrganisation[] {
  const own = ORGANISATIONS.filter((o) => o.pillar === pillar);
  const out = own.slice(0, count);
  while (out.length < count) out.push(rnd.pick(own));
  return rnd.shuffle(out);
}

function drawPeople(rnd: Random): Person[] {
  const used = new Set<string>();
  const surnameUse = new Map<string, number>();
  const localName = (): readonly [string, Gender] => {
    for (;;) {
      // About a third of the members are women, as in the groups this tool serves.
      const wanted: Gender = rnd.chance(WOMEN_SHARE) ? 'F' : 'M';
      const [first, gender] = rnd.pick(FIRST_NAMES.filter(([, g]) => g === wanted));
      const last = rnd.pick(SURNAMES);
      const name = `${first} ${last}`;
      if (used.has(name) || (surnameUse.get(last) ?? 0) >= 2) continue;
      used.add(name);
      surnameUse.set(last, (surnameUse.get(last) ?? 0) + 1);
      return [name, gender];
    }
  };
  const observers = rnd.shuffle(OBSERVER_PEOPLE);
  const people: Person[] = [];
  for (const [pillar, count] of PILLAR_COUNTS) {
    for (const organisation of organisationsFor(rnd, pillar, count)) {
      const [name, gender] = pillar === 'observer' ? (observers.pop() ?? localName()) : localName();
      people.push({ name, gender, pillar, organisation });
    }
  }
  return people;
}

function profileOf(rnd: Random, pillar: PillarOrObserver): Profile {
  if (pillar === 'observer') return 'observer';
  return rnd.weighted<Profile>([
    ['regular', 4],
    ['steady', 4],
    ['occasional', 2],
  ]);
}

function phone(rnd: Random): string {
  const prefix = rnd.pick(['81', '82', '84', '85', '89', '97', '99']);
  return `+243 ${prefix} ${rnd.int(100, 999)} ${rnd.int(1000, 9999)}`;
}

/**
 * The members: founders who joined before the window, late joiners, a few who leave and a
 * few regulars who drift away at the end (so the at-risk list has names). IDs follow the
 * order of joining, as a secretariat numbers its members.
 */
export function sampleMembers(rnd: Random, window: SampleWindow): SampleMember[] {
  const people = rnd.shuffle(drawPeople(rnd));
  const span = window.end - window.start;
  const founded = window.start - 540;
  const drafts = people.map((person, i) => {
    const late = i < LATE_JOINERS;
    const leaves = i >= LATE_JOINERS && i < LATE_JOINERS + LEAVERS;
    const drifts = i >= LATE_JOINERS + LEAVERS && i < LATE_JOINERS + LEAVERS + DRIFTERS && person.pillar !== 'observer';
    // The first late joiner arrives in the last weeks, so the sample also shows a "new" member.
    const joined: Day =
      i === 0
        ? window.end - rnd.int(10, 45)
        : late
          ? window.start + rnd.int(60, span - 120)
          : founded + rnd.int(0, 480);
    const left: Day | null = leaves ? Math.max(joined + 90, window.start + rnd.int(150, span - 60)) : null;
    const profile: Profile = drifts ? 'drifting' : profileOf(rnd, person.pillar);
    const [first = '', ...rest] = person.name.split(' ');
    const email = rnd.chance(0.9)
      ? `${mailPart(first).charAt(0)}.${mailPart(rest.join(''))}@${person.organisation.domain}.example`
      : null;
    return {
      person,
      joined,
      left,
      profile,
      role: rnd.pick(ROLES[person.pillar]),
      email,
      phone: person.pillar !== 'observer' && rnd.chance(0.8) ? phone(rnd) : null,
      // A couple of rows leave gender blank, as real registers do.
      gender: rnd.chance(0.04) ? null : person.gender,
    };
  });
  drafts.sort((a, b) => a.joined - b.joined);
  return drafts.map((d, i) => ({
    memberId: `M${String(i + 1).padStart(3, '0')}`,
    name: d.person.name,
    organisation: d.person.organisation.name,
    pillar: d.person.pillar,
    gender: d.gender,
    role: d.role,
    email: d.email,
    phone: d.phone,
    joined: d.joined,
    left: d.left,
    profile: d.profile,
  }));
}
