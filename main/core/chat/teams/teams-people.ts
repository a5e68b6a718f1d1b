/**
 * People in a Teams export. Graph names a sender with an identity set (`from.user`,
 * `from.application` for bots and connectors, `from.device`), and names the people of a system
 * event (members added, call participants, the initiator) with identities whose `displayName`
 * is often null: Microsoft's own examples give only the id. The same id names the same person
 * everywhere in the tenant, so a name seen anywhere in the file is used for that id everywhere.
 */
import { arrayField, isRecord, recordField, stringField, type JsonRecord } from '../json-fields.js';

/** A person or app as an identity names them: '' for what the identity leaves out. */
export type TeamsPerson = { name: string; id: string };

/** User ids to the display names the file gives them somewhere. */
export type TeamsDirectory = ReadonlyMap<string, string>;

// User, app, device: the order in which an identity set names the actor.
const IDENTITY_KINDS = ['user', 'application', 'device'] as const;

/** The person an identity (`{ id, displayName, userIdentityType }`) names. */
export function identityPerson(identity: JsonRecord): TeamsPerson {
  // Microsoft's examples carry trailing spaces in names ("Adele Vance ").
  return { name: stringField(identity, 'displayName').trim(), id: stringField(identity, 'id').trim() };
}

/** The actor of an identity set (`from`, `initiator`, `participant`), or null when it names none. */
export function identitySetPerson(set: JsonRecord | null): TeamsPerson | null {
  if (!set) {
    return null;
  }
  for (const kind of IDENTITY_KINDS) {
    const identity = recordField(set, kind);
    if (identity) {
      const person = identityPerson(identity);
      if (person.name !== '' || person.id !== '') {
        return person;
      }
    }
  }
  return null;
}

/** The person with a name from the directory when the identity gave only an id. */
export function named(person: TeamsPerson, directory: TeamsDirectory): TeamsPerson {
  return person.name === '' && person.id !== '' ? { name: directory.get(person.id) ?? '', id: person.id } : person;
}

/** How an event names a person: by name, else by id as written. */
export function personLabel(person: TeamsPerson, directory: TeamsDirectory): string {
  const known = named(person, directory);
  return known.name || known.id;
}

function remember(directory: Map<string, string>, person: TeamsPerson | null): void {
  if (person && person.id !== '' && person.name !== '' && !directory.has(person.id)) {
    directory.set(person.id, person.name);
  }
}

/** Every identity with both an id and a name: senders, mentioned people, event members. */
export function buildDirectory(messages: readonly unknown[]): TeamsDirectory {
  const directory = new Map<string, string>();
  for (const message of messages) {
    if (!isRecord(message)) {
      continue;
    }
    remember(directory, identitySetPerson(recordField(message, 'from')));
    for (const mention of arrayField(message, 'mentions').filter(isRecord)) {
      remember(directory, identitySetPerson(recordField(mention, 'mentioned')));
    }
    const detail = recordField(message, 'eventDetail');
    if (detail) {
      for (const member of arrayField(detail, 'members').filter(isRecord)) {
        remember(directory, identityPerson(member));
      }
      for (const participant of arrayField(detail, 'callParticipants').filter(isRecord)) {
        remember(directory, identitySetPerson(recordField(participant, 'participant')));
      }
      remember(directory, identitySetPerson(recordField(detail, 'initiator')));
    }
  }
  return directory;
}
