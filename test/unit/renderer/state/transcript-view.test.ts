import { describe, expect, it } from 'vitest';
import { dayHeading, eventLabel, formatDuration, lineTime, platformLabel } from '../../../../renderer/state/transcript-view.js';

describe('transcript wording', () => {
  it('names events with their durations and subjects', () => {
    expect(eventLabel({ kind: 'disappearing-on', durationSeconds: 604_800, subjects: [] })).toBe('Disappearing messages turned on (7 days)');
    expect(eventLabel({ kind: 'member-added', durationSeconds: null, subjects: ['Emily', 'John'] })).toBe('Member added: Emily, John');
    expect(eventLabel({ kind: 'call', durationSeconds: 200, subjects: [] })).toBe('Call (3 min 20 s)');
    expect(eventLabel({ kind: 'message-deleted', durationSeconds: null, subjects: [] })).toBe('Message deleted');
  });

  it('names platforms as their makers do', () => {
    expect(platformLabel('teams')).toBe('Microsoft Teams');
    expect(platformLabel('sms')).toBe('SMS / MMS');
  });

  it('formats durations the way people say them', () => {
    expect(formatDuration(86_400)).toBe('1 day');
    expect(formatDuration(7200)).toBe('2 hours');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(120)).toBe('2 min');
  });

  it('shows the export clock, never a zone-shifted one', () => {
    expect(lineTime('2019-06-20T15:58:47+02:00')).toBe('15:58:47');
    expect(lineTime(null)).toBe('—');
    expect(dayHeading('2019-06-20')).toBe('Thu 20 Jun 2019');
    expect(dayHeading('')).toBe('Undated messages');
  });
});
