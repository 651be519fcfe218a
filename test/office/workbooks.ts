import { MockDocument, type MockValue } from './mock/mockDocument';

/** A contract-shaped workbook of `attendanceRows` attendance rows, in English. */
export function contractWorkbook(attendanceRows: number, doc: MockDocument = new MockDocument()): MockDocument {
  const members: MockValue[][] = [
    ['Member ID', 'Name', 'Organisation', 'Pillar', 'Gender', 'Role', 'Email', 'Phone', 'Joined', 'Left'],
  ];
  for (let i = 1; i <= 40; i += 1) {
    members.push([
      `M${String(i).padStart(3, '0')}`,
      `Person ${i}`,
      `Org ${i % 7}`,
      'Civil society',
      i % 2 ? 'F' : 'M',
      '',
      '',
      '',
      44927 + i,
      '',
    ]);
  }
  const meetings: MockValue[][] = [['Meeting ID', 'Date', 'Type', 'Status']];
  for (let i = 1; i <= 36; i += 1) meetings.push([`R${i}`, 44927 + 30 * i, 'Ordinary', i === 36 ? 'Planned' : 'Held']);
  const attendance: MockValue[][] = [['Meeting ID', 'Member ID', 'Attendance', 'Delegate']];
  for (let i = 0; i < attendanceRows; i += 1)
    attendance.push([
      `R${(i % 36) + 1}`,
      `M${String((i % 40) + 1).padStart(3, '0')}`,
      i % 5 ? 'Present' : 'Absent',
      i % 11 ? '' : 'Someone',
    ]);
  doc.addSheet('Members', members);
  doc.addSheet('Meetings', meetings);
  doc.addSheet('Attendance', attendance);
  return doc;
}
