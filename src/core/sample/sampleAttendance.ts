import { PILLARS, type AttendanceValue } from '../schema/lists';
import type { Random } from './random';
import { DELEGATES } from './sampleNames';
import type { Profile, SampleAttendance, SampleMeeting, SampleMember } from './sampleTypes';
import { memberActiveOn } from '../rules/activeOn';

/** Chance that a member of each profile attends a meeting. */
const ATTEND: Readonly<Record<Profile, number>> = {
  regular: 0.93,
  steady: 0.74,
  occasional: 0.45,
  drifting: 0.85,
  observer: 0.4,
};
/** Drifting members miss every one of the last held meetings. */
const DRIFT_MEETINGS = 5;
const AWAY_CHANCE = 0.15;

/**
 * One row per member active on the day of each held meeting (joined on or before it, not yet
 * left), as the secretariat keeps the register: present, represented by a delegate, excused
 * or absent.
 */
export function sampleAttendance(
  rnd: Random,
  meetings: readonly SampleMeeting[],
  members: readonly SampleMember[],
): SampleAttendance[] {
  const held = meetings.filter((m) => m.status === 'held');
  const rows: SampleAttendance[] = [];
  held.forEach((meeting, index) => {
    const lastOnes = index >= held.length - DRIFT_MEETINGS;
    // Now and then a whole pillar stays away (a clash, a mission, a boycott): not every
    // meeting has all four pillars at the table.
    const away = rnd.chance(AWAY_CHANCE) ? rnd.pick(PILLARS) : null;
    for (const member of members) {
      if (!memberActiveOn(member, meeting.date)) continue;
      const base = member.profile === 'drifting' && lastOnes ? 0 : ATTEND[member.profile];
      const chance = member.pillar === away ? base * 0.03 : base;
      let attendance: AttendanceValue;
      let delegate: string | null = null;
      if (rnd.chance(chance)) {
        // Public services often send someone in the member's place.
        const sendsDelegate = rnd.chance(member.pillar === 'government' ? 0.25 : 0.08);
        attendance = sendsDelegate ? 'represented' : 'present';
        if (sendsDelegate) delegate = rnd.pick(DELEGATES);
      } else {
        attendance = rnd.chance(0.45) ? 'excused' : 'absent';
      }
      rows.push({ meetingId: meeting.meetingId, memberId: member.memberId, attendance, delegate });
    }
  });
  return rows;
}
