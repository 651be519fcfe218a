import { indicatorsToJson, type Issue } from '..';
import { runEngine } from '../../../test/builders/engineRun';
import { programmeBook } from '../../../test/builders/programmeBook';

/**
 * Measures 2 and 4 through the real engine, every figure worked out by hand from
 * programmeBook.ts (programme.md, "Technical expertise" and "Links"). The quarter 2025-Q3 holds
 * four held meetings: R2, R3, R4 and R6 (R5 is only planned; R1 is in April).
 */
const where = (i: Issue) =>
  `${i.code} ${i.severity} ${i.cell ?? i.sheet} ${i.value}${i.hint === null ? '' : ` (${i.hint})`}`;

describe('technical expertise in 2025-Q3', () => {
  const { x } = runEngine(programmeBook(), '2025-Q3', '2025-09-30');
  const e = x.expertise;

  it('counts the technical sessions: lessons from abroad, a workshop or an expert', () => {
    // R2 (lessons from Peru and Ghana), R3 (a workshop with an expert), R6 (Nigeria, and Kenya
    // outside the list); R4 is a joint meeting with none of them.
    expect([x.rhythm.meetingsHeld, e.sessions, e.sessionShare]).toEqual([4, 3, 0.75]);
    expect(x.targets.expertise).toEqual({ value: 0.75, target: 0.25, ratio: 3, status: 'on_track' });
  });

  it('counts each topic once per meeting over every held meeting, free text as first written', () => {
    // R2: Genre and VSBG are one topic (gender), Cobalt is free text; R3: cobalt (the same free
    // text, shown as R2 first wrote it) and human rights; R6: Community and Communautés are one.
    expect(e.topics).toEqual([
      { key: 'Cobalt', custom: true, meetings: 2 },
      { key: 'community', custom: false, meetings: 1 },
      { key: 'gender', custom: false, meetings: 1 },
      { key: 'human_rights', custom: false, meetings: 1 },
    ]);
    expect(e.topicsCovered).toBe(4);
  });

  it('counts the countries whose lessons were used, split on commas too, one outside the list', () => {
    // R2: Pérou, Ghana; peru (Peru once); R6: Nigeria; Kenya. Sorted by code point.
    expect(e.countries).toEqual([
      { key: 'GH', custom: false, meetings: 1 },
      { key: 'Kenya', custom: true, meetings: 1 },
      { key: 'NG', custom: false, meetings: 1 },
      { key: 'PE', custom: false, meetings: 1 },
    ]);
    expect(e.countriesReferenced).toBe(4);
  });

  it('counts who attended the sessions and the pillars they reached', () => {
    // R2: M1 (extractive) and M5 (civil society); R3: M3 (private security) present and M4
    // (government) represented; R6: M5 and M7 (civil society). Absences do not count.
    expect([e.attendedSessions, e.pillarsReached]).toEqual([6, 4]);
  });

  it('in a running quarter, counts the sessions held so far', () => {
    // As of 20 August: R2 and R3, both sessions; topics gender, Cobalt (twice), human rights.
    const running = runEngine(programmeBook(), '2025-Q3', '2025-08-20').x.expertise;
    expect([running.sessions, running.sessionShare, running.topicsCovered, running.attendedSessions]).toEqual([
      2, 1, 3, 4,
    ]);
    expect(running.pillarsReached).toBe(4);
  });
});

describe('links with other initiatives in 2025-Q3', () => {
  const { validated, x } = runEngine(programmeBook(), '2025-Q3', '2025-09-30');
  const l = x.links;

  it('warns once per unknown initiative of a cell, on every row whatever its status', () => {
    // IDAK twice in R2 is one known initiative; `Plateforme nationale` is not in the sheet. R5's
    // Forum OSC is listed. The part still counts, as written.
    expect(validated.issues.filter((i) => i.sheet === 'Meetings').map(where)).toEqual([
      'ref/unknown warning Meetings!H3 Plateforme nationale',
    ]);
  });

  it('counts the linked meetings: joint, or naming an initiative', () => {
    // R2 and R6 name initiatives, R4 is joint; R3 neither.
    expect([l.linkedMeetings, l.linkedShare]).toEqual([3, 0.75]);
    expect(x.targets.links).toEqual({ value: 0.75, target: 0.25, ratio: 3, status: 'on_track' });
  });

  it('lists every initiative of the sheet and every other one met, with its last held meeting', () => {
    expect(l.initiatives).toEqual([
      // IDAK: R2 in the quarter (once, though named twice), last held on 10 July (R1 was in April).
      { name: 'IDAK', kind: 'investment', known: true, meetings: 1, lastMeeting: validated.meetings[1]!.date },
      {
        name: 'National VPs platform',
        kind: 'vp_platform',
        known: true,
        meetings: 1,
        lastMeeting: validated.meetings[5]!.date,
      },
      { name: 'Plateforme nationale', kind: null, known: false, meetings: 1, lastMeeting: validated.meetings[1]!.date },
      { name: 'EITI DRC', kind: 'international', known: true, meetings: 0, lastMeeting: null },
      // Forum OSC is named only by the planned R5: no meeting, no last meeting.
      { name: 'Forum OSC', kind: 'civil_society', known: true, meetings: 0, lastMeeting: null },
      { name: 'New platform', kind: 'vp_platform', known: true, meetings: 0, lastMeeting: null },
    ]);
    expect([l.engaged, l.vpPlatformsEngaged]).toEqual([3, 1]);
  });

  it('calls dormant the listed initiatives with no held meeting for over dormantDays', () => {
    // EITI DRC and Forum OSC never met; New platform is linked only from December; IDAK met 82 days ago.
    expect(l.dormant).toEqual(['EITI DRC', 'Forum OSC']);
    const settings = [
      ['Setting', 'Value'],
      ['A link is dormant after (days)', 60],
    ];
    const shorter = runEngine(programmeBook({ Settings: settings }), '2025-Q3', '2025-09-30').x;
    expect(shorter.settings.dormantDays).toBe(60);
    expect(shorter.links.dormant).toEqual(['EITI DRC', 'Forum OSC', 'IDAK']);
  });

  it('writes the JSON form with ISO dates, the new targets and settings', () => {
    const json = indicatorsToJson(x);
    expect(json.links.initiatives[0]).toEqual({
      name: 'IDAK',
      kind: 'investment',
      known: true,
      meetings: 1,
      lastMeeting: '2025-07-10',
    });
    // The three targets of the programme follow the six of indicators.md.
    expect(Object.keys(json.targets).slice(6)).toEqual(['keyStakeholders', 'expertise', 'links']);
    expect(json.settings).toMatchObject({
      keyStakeholderTarget: 0.5,
      expertiseTarget: 0.25,
      linkedTarget: 0.25,
      dormantDays: 180,
    });
    expect(JSON.parse(JSON.stringify(json)).outreach.byStage).toEqual({
      identified: 2,
      contacted: 1,
      invited: 1,
      member: 4,
      declined: 1,
    });
  });
});

describe('links without an Initiatives sheet', () => {
  const { validated, x } = runEngine(programmeBook({ Initiatives: null }), '2025-Q3', '2025-09-30');

  it('come from the meetings alone: nothing is checked, nothing is dormant, no kind is known', () => {
    expect(validated.issues.filter((i) => i.code === 'ref/unknown')).toEqual([]);
    expect(x.links.linkedMeetings).toBe(3);
    expect(x.links.initiatives).toEqual([
      { name: 'IDAK', kind: null, known: false, meetings: 1, lastMeeting: validated.meetings[1]!.date },
      {
        name: 'National VPs platform',
        kind: null,
        known: false,
        meetings: 1,
        lastMeeting: validated.meetings[5]!.date,
      },
      { name: 'Plateforme nationale', kind: null, known: false, meetings: 1, lastMeeting: validated.meetings[1]!.date },
    ]);
    expect([x.links.engaged, x.links.vpPlatformsEngaged, x.links.dormant]).toEqual([3, 0, []]);
  });
});

describe('an earlier quarter', () => {
  it('counts its own meetings only', () => {
    // 2025-Q2 as of 30 June: only R1 (10 April) is held; it names IDAK and is a workshop with lessons from Colombia.
    const { x, validated } = runEngine(programmeBook(), '2025-Q2', '2025-09-30');
    expect(x.links.initiatives.find((i) => i.name === 'IDAK')).toEqual({
      name: 'IDAK',
      kind: 'investment',
      known: true,
      meetings: 1,
      lastMeeting: validated.meetings[0]!.date,
    });
    expect(x.links.initiatives.map((i) => i.name)).not.toContain('Plateforme nationale');
    expect(x.expertise.countries).toEqual([{ key: 'CO', custom: false, meetings: 1 }]);
  });
});

/** One held meeting alone in the quarter: [type, expert, lessons, initiative] → [technical session, linked meeting]. */
const MEETING_KINDS: [string, string | null, string | null, string | null, string | null, [number, number]][] = [
  ['an ordinary meeting with nothing more', 'Ordinary', null, null, null, [0, 0]],
  ['a workshop', 'Atelier', null, null, null, [1, 0]],
  ['a meeting with an expert', 'Ordinary', 'Dr Mwamba', null, null, [1, 0]],
  ['lessons from a country outside the list', null, null, 'Kenya', null, [1, 0]],
  ['lessons that are only separators', null, null, ' ; , ', null, [0, 0]],
  ['a joint meeting', 'Réunion conjointe', null, null, null, [0, 1]],
  ['an initiative not in any sheet', 'Ordinary', null, null, 'Some forum', [0, 1]],
];

describe.each(MEETING_KINDS)('%s', (_name, type, expert, lessons, initiative, [sessions, linked]) => {
  it('is a technical session and a linked meeting exactly as programme.md says', () => {
    const meetings = [
      ['Meeting ID', 'Date', 'Type', 'Expert', 'Lessons from', 'Linked initiative'],
      ['R9', '2025-08-01', type, expert, lessons, initiative],
    ];
    const { x } = runEngine(
      programmeBook({ Meetings: meetings, Attendance: [['Meeting ID', 'Member ID', 'Attendance']] }),
      '2025-Q3',
      '2025-09-30',
    );
    expect([x.rhythm.meetingsHeld, x.expertise.sessions, x.links.linkedMeetings]).toEqual([1, sessions, linked]);
  });
});
