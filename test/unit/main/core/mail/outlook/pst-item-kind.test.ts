import { describe, expect, it } from 'vitest';
import { itemKindOf } from '../../../../../../main/core/mail/outlook/pst-item-kind.js';

describe('itemKindOf', () => {
  it('counts mail, meeting messages and reports as email', () => {
    for (const messageClass of ['IPM.Note', 'ipm.note.smime.multipartsigned', 'IPM.Schedule.Meeting.Request', 'IPM.Schedule.Meeting.Canceled', 'REPORT.IPM.Note.NDR', 'REPORT.IPM.Note.IPNRN', 'IPM.Post', 'IPM.TaskRequest.Accept']) {
      expect(itemKindOf(messageClass)).toBe('email');
    }
  });

  it('names the other kinds, and does not mistake a prefix for a class', () => {
    expect(itemKindOf('IPM.Contact')).toBe('contact');
    expect(itemKindOf('IPM.DistList')).toBe('distribution-list');
    expect(itemKindOf('IPM.Appointment')).toBe('calendar');
    expect(itemKindOf('IPM.OLE.CLASS.{00061055-0000-0000-C000-000000000046}')).toBe('calendar');
    expect(itemKindOf('IPM.Task')).toBe('task');
    expect(itemKindOf('IPM.StickyNote')).toBe('note');
    expect(itemKindOf('IPM.Activity')).toBe('journal');
    expect(itemKindOf('IPM.Notebook')).toBe('other');
    expect(itemKindOf('IPM.Microsoft.ScheduleData.FreeBusy')).toBe('other');
    expect(itemKindOf('')).toBe('other');
  });
});
