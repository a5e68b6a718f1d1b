/**
 * Checks one exemption application before it is stored or printed. Every problem names what is
 * wrong in the officer's terms and says what to do instead; nothing is silently corrected, since
 * the code printed on a redaction is a legal claim the officer makes, not a guess the software
 * may make for them.
 */
import { normaliseStatute } from './exemption-application.js';
import type { ExemptionApplication, ExemptionApplicationInput, ExemptionProblem } from './exemption-application.js';
import type { ExemptionCatalogue, ExemptionCatalogueId, ExemptionEntry } from './exemption-catalogue.js';
import { EXEMPTION_CATALOGUE_IDS, isExemptionCatalogueId } from './exemption-catalogue.js';
import { EXEMPTION_CATALOGUES } from './exemption-catalogues.js';
import { matchExemptionCode } from './exemption-code-match.js';
import { US_FOIA_B3_STATUTES } from './us-foia-b3-statutes.js';
import type { B3Statute } from './us-foia-b3-statutes.js';

export type ExemptionApplicationCheck = { ok: true; application: ExemptionApplication } | { ok: false; problems: ExemptionProblem[] };

/** Citations offered when a statute is missing or unusable, best known first. */
const STATUTE_SUGGESTIONS: { readonly [Id in ExemptionCatalogueId]: readonly B3Statute[] } = {
  'us-foia': US_FOIA_B3_STATUTES,
  'uk-foia': [],
};

/** The problems with an application, in the order to fix them; empty when it can be stored. */
export function validateExemptionApplication(input: ExemptionApplicationInput): ExemptionProblem[] {
  const check = checkExemptionApplication(input);
  return check.ok ? [] : check.problems;
}

/** The application in its checked form (statute trimmed, blank dropped), or what is wrong with it. */
export function checkExemptionApplication(input: ExemptionApplicationInput): ExemptionApplicationCheck {
  const catalogueId = input.catalogue.trim();
  if (!isExemptionCatalogueId(catalogueId)) {
    return { ok: false, problems: [unknownCatalogue(input.catalogue)] };
  }
  const catalogue: ExemptionCatalogue = EXEMPTION_CATALOGUES[catalogueId];
  const resolved = resolveCode(catalogue, input.code);
  if ('problem' in resolved) {
    return { ok: false, problems: [resolved.problem] };
  }
  const { entry } = resolved;
  const statute = normaliseStatute(input.statute);
  const problem = statuteProblem(catalogue, entry, statute);
  if (problem) {
    return { ok: false, problems: [problem] };
  }
  // The checks above are exactly what the ExemptionApplication type encodes (a known code of this
  // catalogue, a statute where its rule requires one and none where it forbids one).
  const application = (statute === null ? { catalogue: catalogueId, code: entry.code } : { catalogue: catalogueId, code: entry.code, statute }) as ExemptionApplication;
  return { ok: true, application };
}

function unknownCatalogue(typed: string): ExemptionProblem {
  const spelled = typed.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  const suggestions = EXEMPTION_CATALOGUE_IDS.filter((id) => id === spelled);
  const choices = EXEMPTION_CATALOGUE_IDS.map((id) => `'${id}' (${EXEMPTION_CATALOGUES[id].name})`).join(' or ');
  return {
    kind: 'unknown-catalogue',
    field: 'catalogue',
    message: `'${typed}' is not an exemption catalogue: choose ${choices}.`,
    suggestions: suggestions.length > 0 ? suggestions : [...EXEMPTION_CATALOGUE_IDS],
  };
}

function resolveCode(catalogue: ExemptionCatalogue, typed: string): { entry: ExemptionEntry } | { problem: ExemptionProblem } {
  const shown = typed.trim();
  const where = `the ${catalogue.name} (${catalogue.citation})`;
  const hint = `In ${where}, ${catalogue.codeHint}.`;
  if (shown === '') {
    return { problem: { kind: 'missing-code', field: 'code', message: `No exemption code given. ${hint}`, suggestions: [] } };
  }
  const match = matchExemptionCode(catalogue, shown);
  switch (match.kind) {
    case 'exemption': {
      const { entry } = match;
      if (match.how === 'exact') {
        return { entry };
      }
      const message =
        match.how === 'spelling'
          ? `'${shown}' is not the code itself: the code for ${describe(entry)} is '${entry.code}'.`
          : `'${shown}' is finer than the catalogue goes: cite '${entry.code}' (${describe(entry)}) and give the finer provision in the reasons.`;
      return { problem: { kind: 'unknown-code', field: 'code', message, suggestions: [entry.code] } };
    }
    case 'group': {
      const parts = catalogue.exemptions.filter((entry) => entry.group === match.group.code);
      const choices = orList(parts.map((entry) => `'${entry.code}' (${entry.title})`));
      return {
        problem: {
          kind: 'part-required',
          field: 'code',
          message: `${match.group.label} cannot be cited on its own: ${match.group.whyPickAPart} Choose one of ${choices}.`,
          suggestions: parts.map((entry) => entry.code),
        },
      };
    }
    case 'not-an-exemption': {
      const instead = match.entry.instead.map((code) => `'${code}'`);
      return {
        problem: {
          kind: 'not-an-exemption',
          field: 'code',
          message: `'${shown}' is not an exemption: ${match.entry.reason} Cite ${orList(instead)} instead, if that is what you meant.`,
          suggestions: match.entry.instead,
        },
      };
    }
    case 'near': {
      const guesses = match.entries.map((entry) => `'${entry.code}' (${describe(entry)})`);
      return {
        problem: {
          kind: 'unknown-code',
          field: 'code',
          message: `'${shown}' is not a code in ${where}. Did you mean ${orList(guesses)}? ${hint}`,
          suggestions: match.entries.map((entry) => entry.code),
        },
      };
    }
    case 'none':
      return { problem: { kind: 'unknown-code', field: 'code', message: `'${shown}' is not a code in ${where}. ${hint}`, suggestions: [] } };
  }
}

function statuteProblem(catalogue: ExemptionCatalogue, entry: ExemptionEntry, statute: string | null): ExemptionProblem | null {
  const known = STATUTE_SUGGESTIONS[catalogue.id];
  const suggestions = known.map((candidate) => candidate.citation);
  const example = known[0];
  const exampleText = example ? `, for example '${example.citation}' (${example.subject.toLowerCase()})` : '';
  if (statute === null) {
    return entry.statute === 'required'
      ? {
          kind: 'statute-required',
          field: 'statute',
          message: `${describe(entry)} must name the statute that forbids disclosure${exampleText}.`,
          suggestions,
        }
      : null;
  }
  if (entry.statute === 'none') {
    const statuteEntry = catalogue.exemptions.find((candidate) => candidate.code === catalogue.statuteCode);
    const alternative = statuteEntry ? `, or, if that statute is what forbids disclosure, cite ${statuteEntry.label} with it instead` : '';
    return {
      kind: 'statute-not-taken',
      field: 'statute',
      message: `${describe(entry)} does not take a statute, but '${statute}' was given: remove it${alternative}.`,
      suggestions: [],
    };
  }
  const unusable = catalogue.unusableStatutes.find((candidate) => candidate.pattern.test(statute));
  if (unusable) {
    return {
      kind: 'statute-not-usable',
      field: 'statute',
      message: `'${statute}' cannot support ${entry.label}: ${unusable.reason}. Name the statute that forbids disclosure${exampleText}.`,
      suggestions,
    };
  }
  return null;
}

/** '(b)(6) Personal privacy', 'Section 40(2) Third-party personal data'. */
function describe(entry: ExemptionEntry): string {
  return `${entry.label} ${entry.title}`;
}

/** "'a'", "'a' or 'b'", "'a', 'b' or 'c'". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
