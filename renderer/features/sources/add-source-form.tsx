/**
 * What to ingest (a folder, or one mailbox file), whose records they are (the custodian), how
 * they were kept (the channel), the language OCR reads its scans in and, folded away, how chat
 * exports in it are read. The fields keep their values after an ingest so a second source for
 * the same custodian is one edit away. Browse… picks folders only (the host has no file
 * dialog), so a single mailbox file is typed or pasted.
 *
 * A path already in the case shows that source's chat options and OCR language, and only the
 * ones the officer changes are sent (chat-options-draft.ts, ocr-language-field.tsx): adding it
 * again continues or updates it without resetting how it is read.
 */
import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { SOURCE_CHANNELS } from '../../../shared/model/case.js';
import type { SourceChannel } from '../../../shared/model/case.js';
import type { OcrLanguageChoice } from '../../../shared/model/ocr.js';
import { ErrorText } from '../../components/error-text.js';
import { FolderField } from '../../components/folder-field.js';
import { channelHint, channelLabel } from '../../components/format.js';
import { TextField } from '../../components/text-field.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { draftForPath, editDraft, initialDraft, optionsToSend } from './chat-options-draft.js';
import type { ChatOptions } from './chat-options-draft.js';
import { ChatOptionsFields } from './chat-options-fields.js';
import { OcrLanguageField, ocrLanguageToSend, shownOcrLanguage } from './ocr-language-field.js';

function isChannel(value: string): value is SourceChannel {
  return (SOURCE_CHANNELS as readonly string[]).includes(value);
}

export function AddSourceForm() {
  const { sources } = useWorkbench();
  const { job, addError, sources: known } = useStore(sources.store);
  const [path, setPath] = useState('');
  const [custodian, setCustodian] = useState('');
  const [channel, setChannel] = useState<SourceChannel>('official-email');
  // What a new source is read with when the officer changes nothing: the backend's defaults too.
  const defaults = useMemo<ChatOptions>(() => ({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', dateOrder: 'auto', chatMapping: '' }), []);
  const [draft, setDraft] = useState(() => initialDraft(defaults));
  const chatOptions = draftForPath(draft, path, known, defaults);
  // null until the officer picks one: the select then follows the source at the path, if any.
  const [pickedLang, setPickedLang] = useState<OcrLanguageChoice | null>(null);
  const storedLang = known.find((source) => source.id === chatOptions.storedFrom)?.ocrLang ?? null;
  const channelId = useId();
  const channelHintId = `${channelId}-hint`;
  const running = job !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void sources.actions.add({ path, custodian, channel, ...optionsToSend(chatOptions), ...ocrLanguageToSend(pickedLang, storedLang) });
  };

  return (
    <form className="add-source" onSubmit={submit} data-testid="add-source-form" data-state={running ? 'running' : 'idle'}>
      <FolderField
        label="Folder or mailbox file"
        value={path}
        onChange={setPath}
        dialogTitle="Choose a folder of collected records"
        testId="source-path-input"
        browseTestId="source-path-browse"
        hint="A folder: mail, text and documents in it and its subfolders are indexed. Or one mailbox file (.mbox, .pst, .ost, .msg, .eml): type or paste its path. Adding a path already in the case continues or updates it."
        disabled={running}
      />
      <div className="field-row">
        <TextField className="grow" label="Custodian" value={custodian} onChange={setCustodian} testId="custodian-input" required disabled={running} autoComplete="off" />
        <div className="field channel-field">
          <label htmlFor={channelId}>Channel</label>
          <select
            id={channelId}
            value={channel}
            onChange={(event) => {
              if (isChannel(event.target.value)) {
                setChannel(event.target.value);
              }
            }}
            disabled={running}
            aria-describedby={channelHintId}
            data-testid="channel-select"
          >
            {SOURCE_CHANNELS.map((value) => (
              <option key={value} value={value}>
                {channelLabel(value)}
              </option>
            ))}
          </select>
          <span className="hint" id={channelHintId}>
            {channelLabel(channel)}: {channelHint(channel)}.
          </span>
        </div>
      </div>
      {/* In a row, like the channel, so the field takes its content's width rather than the form's. */}
      <div className="field-row">
        <OcrLanguageField value={shownOcrLanguage(pickedLang, storedLang)} onChange={setPickedLang} disabled={running} stored={storedLang !== null} />
      </div>
      <ChatOptionsFields value={chatOptions.values} onChange={(next) => setDraft(editDraft(chatOptions, next))} disabled={running} stored={chatOptions.storedFrom !== null} />
      <div className="actions">
        <button type="submit" disabled={running} data-testid="add-source-button">
          {running ? 'Adding…' : 'Add source'}
        </button>
      </div>
      <ErrorText message={addError} testId="add-source-error" />
    </form>
  );
}
