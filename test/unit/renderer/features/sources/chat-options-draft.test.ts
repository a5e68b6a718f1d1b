import { describe, expect, it } from 'vitest';
import { draftForPath, editDraft, initialDraft, optionsToSend } from '../../../../../renderer/features/sources/chat-options-draft.js';
import type { ChatOptions } from '../../../../../renderer/features/sources/chat-options-draft.js';
import { source } from '../../state/fixtures.js';

const DEFAULTS: ChatOptions = { timeZone: 'Europe/London', dateOrder: 'auto', chatMapping: '' };
const MAPPING = '{"format": "csv", "fields": {"timestamp": "sent"}, "timestamp": {"format": "iso"}}';
const PHONE = source('s_phone', { path: '/evidence/phone', options: { timeZone: 'America/Chicago', dateOrder: 'dmy', chatMapping: MAPPING } });

describe('the add-source form’s chat options', () => {
  it('shows the stored options of the source at the typed path, and sends none of them unless changed', () => {
    const shown = draftForPath(initialDraft(DEFAULTS), ' /evidence/phone/ ', [source('s_mail'), PHONE], DEFAULTS);
    expect(shown.values).toEqual({ timeZone: 'America/Chicago', dateOrder: 'dmy', chatMapping: MAPPING });
    expect(shown.storedFrom).toBe('s_phone');
    expect(optionsToSend(shown)).toEqual({});
  });

  it('sends only the field the officer changed, and keeps it when the path changes', () => {
    const shown = draftForPath(initialDraft(DEFAULTS), '/evidence/phone', [PHONE], DEFAULTS);
    const edited = editDraft(shown, { ...shown.values, timeZone: ' Europe/Zurich ' });
    expect(optionsToSend(draftForPath(edited, '/evidence/phone', [PHONE], DEFAULTS))).toEqual({ timeZone: 'Europe/Zurich' });
    const elsewhere = draftForPath(edited, '/evidence/laptop', [PHONE], DEFAULTS);
    expect(elsewhere.values).toEqual({ timeZone: ' Europe/Zurich ', dateOrder: 'auto', chatMapping: '' });
    expect(elsewhere.storedFrom).toBeNull();
  });

  it('shows the defaults for a new path and sends nothing the officer did not set', () => {
    const shown = draftForPath(initialDraft(DEFAULTS), '/evidence/new', [PHONE], DEFAULTS);
    expect(shown.values).toEqual(DEFAULTS);
    expect(optionsToSend(shown)).toEqual({});
  });

  it('sends an emptied mapping as null, which removes it', () => {
    const shown = draftForPath(initialDraft(DEFAULTS), '/evidence/phone', [PHONE], DEFAULTS);
    const cleared = editDraft(shown, { ...shown.values, chatMapping: '  ', dateOrder: 'mdy' });
    expect(optionsToSend(cleared)).toEqual({ chatMapping: null, dateOrder: 'mdy' });
  });
});
