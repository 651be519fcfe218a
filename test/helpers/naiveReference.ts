/**
 * indicators.md read literally, one sentence at a time, with no index and no cleverness: slow
 * (members × meetings × rows) but easy to check against the text. The audit compares the engine
 * with it on sample and random workbooks; both take the same validated records.
 */
import {
  ACTORS,
  INCIDENT_CATEGORIES,
  PILLARS,
  PILLARS_AND_OBSERVER,
  dayFromYmd,
  dayToYmd,
  normaliseName,
  type Day,
  type Meeting,
  type Member,
  type ValidatedWorkbook,
} from '../../src/core';

export interface NaivePeriod {
  readonly from: Day;
  readonly to: Day;
  readonly asOf: Day;
}

const PUBLIC = ['pnc', 'mining_police', 'fardc', 'anr'];
const share = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
};
const month = (d: Day): number => {
  const { year, month: m } = dayToYmd(d);
  return year * 12 + (m - 1);
};
const lastDayOfMonth = (d: Day): Day => {
  const { year, month: m } = dayToYmd(d);
  return dayFromYmd(year, m + 1, 1) - 1;
};

export function naiveIndicators(v: ValidatedWorkbook, { from, to, asOf }: NaivePeriod) {
  const s = v.settings;
  // held meeting: status held (blank is held) and date ≤ asOf.
  const held = v.meetings.filter((m) => m.status === 'held' && m.date <= asOf).sort((a, b) => a.date - b.date);
  const inPeriod = (d: Day) => d >= from && d <= asOf;
  const isActive = (m: Member, d: Day) => m.joined <= d && (m.left === null || m.left > d);
  const memberByKey = new Map<string, Member>();
  for (const m of v.members) if (!memberByKey.has(m.memberKey)) memberByKey.set(m.memberKey, m);
  const attendedAt = (meeting: Meeting): Member[] => {
    const out = new Set<Member>();
    for (const r of v.attendance) {
      if (r.meetingKey !== meeting.meetingKey) continue;
      if (r.attendance !== 'present' && r.attendance !== 'represented') continue;
      const m = memberByKey.get(r.memberKey);
      if (m && isActive(m, meeting.date)) out.add(m);
    }
    return [...out];
  };

  // Rhythm
  const heldInPeriod = held.filter((m) => inPeriod(m.date));
  const monthsInPeriod = month(asOf) - month(from) + 1;
  const monthsWithMeeting = new Set(heldInPeriod.map((m) => month(m.date))).size;
  let longest: number | null = null;
  for (let i = 1; i < held.length; i++)
    if (inPeriod(held[i]!.date)) longest = Math.max(longest ?? 0, held[i]!.date - held[i - 1]!.date);
  const last = held.length ? held[held.length - 1]!.date : null;
  if (last !== null) longest = Math.max(longest ?? 0, asOf - last);
  const heldMonths = new Set(held.map((m) => month(m.date)));
  let start = month(asOf);
  if (!heldMonths.has(start) && asOf !== lastDayOfMonth(asOf)) start--;
  let streak = 0;
  while (heldMonths.has(start - streak)) streak++;
  const rhythm = {
    meetingsHeld: heldInPeriod.length,
    meetingsExpected: monthsInPeriod * s.meetingsPerMonth,
    monthsInPeriod,
    monthsWithMeeting,
    longestGapDays: last === null ? null : longest,
    daysSinceLastMeeting: last === null ? null : asOf - last,
    monthStreak: streak,
  };

  // Participation
  const byPillarP = Object.fromEntries(PILLARS_AND_OBSERVER.map((p) => [p, { expected: 0, attended: 0 }]));
  let womenF = 0;
  let womenFilled = 0;
  const meetings = heldInPeriod.map((m) => {
    const expectedMembers = v.members.filter((u) => isActive(u, m.date));
    const came = attendedAt(m);
    for (const u of expectedMembers) byPillarP[u.pillar]!.expected++;
    for (const u of came) {
      byPillarP[u.pillar]!.attended++;
      if (u.gender !== null) {
        womenFilled++;
        if (u.gender === 'F') womenF++;
      }
    }
    const pillarsPresent = PILLARS.filter((p) => came.some((u) => u.pillar === p)).length;
    const rate = share(came.length, expectedMembers.length);
    return {
      meetingId: m.meetingId,
      date: m.date,
      expected: expectedMembers.length,
      attended: came.length,
      rate,
      pillarsPresent,
    };
  });
  const rates = meetings.map((m) => m.rate).filter((r): r is number => r !== null);
  const participation = {
    meetings,
    averageRate: rates.length === 0 ? null : rates.reduce((a, b) => a + b, 0) / rates.length,
    fullPillarShare: share(meetings.filter((m) => m.pillarsPresent === 4).length, meetings.length),
    byPillar: Object.fromEntries(
      PILLARS_AND_OBSERVER.map((p) => {
        const c = byPillarP[p]!;
        return [p, { expected: c.expected, attended: c.attended, rate: share(c.attended, c.expected) }];
      }),
    ),
    womenShare: share(womenF, womenFilled),
  };

  // Engagement
  const classes = () => ({ regular: 0, occasional: 0, inactive: 0, new: 0 });
  const counts = classes();
  const byPillarE = Object.fromEntries(PILLARS_AND_OBSERVER.map((p) => [p, classes()]));
  const atRisk: string[] = [];
  const attendedSets = new Map(held.map((m) => [m, new Set(attendedAt(m))]));
  for (const u of v.members.filter((x) => isActive(x, asOf))) {
    const win = held.filter((m) => isActive(u, m.date)).slice(-s.engagementWindow);
    let cls: keyof ReturnType<typeof classes>;
    if (win.length < 3) cls = 'new';
    else {
      const a = win.filter((m) => attendedSets.get(m)!.has(u)).length;
      const n = win.length;
      cls = a / n >= 2 / 3 - 1e-12 ? 'regular' : a === 0 ? 'inactive' : 'occasional';
      if (win.slice(-3).every((m) => !attendedSets.get(m)!.has(u))) atRisk.push(u.memberId);
    }
    counts[cls]++;
    byPillarE[u.pillar]![cls]++;
  }
  const onFrom = v.members.filter((u) => isActive(u, from));
  const engagement = {
    ...counts,
    regularShare: share(counts.regular, counts.regular + counts.occasional + counts.inactive),
    atRisk: atRisk.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    byPillar: byPillarE,
    retention: share(onFrom.filter((u) => isActive(u, asOf)).length, onFrom.length),
  };

  // Membership
  const active = v.members.filter((u) => isActive(u, asOf));
  const byPillarM = Object.fromEntries(
    PILLARS_AND_OBSERVER.map((p) => [p, active.filter((u) => u.pillar === p).length]),
  );
  const pillarCounts = PILLARS.map((p) => byPillarM[p]!);
  const gendered = active.filter((u) => u.gender !== null);
  const membership = {
    active: active.length,
    byPillar: byPillarM,
    pillarsAtMinimum: pillarCounts.filter((c) => c >= s.minPerPillar).length,
    smallestPillarShare: share(
      Math.min(...pillarCounts),
      pillarCounts.reduce((a, b) => a + b, 0),
    ),
    joined: v.members.filter((u) => inPeriod(u.joined)).length,
    left: v.members.filter((u) => u.left !== null && inPeriod(u.left)).length,
    organisations: new Set(active.map((u) => normaliseName(u.organisation))).size,
    womenShare: share(gendered.filter((u) => u.gender === 'F').length, gendered.length),
  };

  // Incidents
  let incidents = null;
  if (v.incidents !== null) {
    const recorded = v.incidents.filter((i) => inPeriod(i.date));
    const heldByKey = new Map<string, Meeting>();
    for (const m of held) if (!heldByKey.has(m.meetingKey)) heldByKey.set(m.meetingKey, m);
    const sharedAt = (key: string | null) => (key === null ? undefined : heldByKey.get(key));
    const shared = recorded.filter((i) => sharedAt(i.sharedMeetingKey) !== undefined);
    const closedBy = (i: (typeof recorded)[number]) => i.followUp === 'closed' && i.closed !== null && i.closed <= asOf;
    const closed = recorded.filter(closedBy);
    incidents = {
      recorded: recorded.length,
      byCategory: Object.fromEntries(
        INCIDENT_CATEGORIES.map((c) => [c, recorded.filter((i) => i.category === c).length]),
      ),
      byActor: Object.fromEntries(ACTORS.map((a) => [a, recorded.filter((i) => i.actor === a).length])),
      publicSecurity: recorded.filter((i) => PUBLIC.includes(i.actor)).length,
      sharedShare: share(shared.length, recorded.length),
      closedShare: share(closed.length, recorded.length),
      medianDaysToShare: median(shared.map((i) => sharedAt(i.sharedMeetingKey)!.date - i.date)),
      medianDaysToClose: median(closed.map((i) => i.closed! - i.date)),
      overdue: v.incidents.filter((i) => i.date <= asOf && !closedBy(i) && asOf - i.date > s.overdueDays).length,
    };
  }
  void to;
  return { rhythm, participation, engagement, membership, incidents };
}
