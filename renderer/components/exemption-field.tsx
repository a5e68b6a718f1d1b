/**
 * One line of exemptions as officers write them ("b6, b7C" or "b3: 26 U.S.C. 6103"), read in the
 * request's catalogue as it is typed: what cannot be used is named under the field before the
 * officer saves (see parse-exemption-list.ts for the syntax).
 */
import { useId } from 'react';
import type { ExemptionCatalogueId } from '../../shared/exemptions/exemption-catalogue.js';
import { EXEMPTION_CATALOGUES } from '../../shared/exemptions/exemption-catalogues.js';
import { parseExemptionList } from '../../shared/exemptions/parse-exemption-list.js';

export type ExemptionFieldProps = {
  catalogue: ExemptionCatalogueId;
  value: string;
  onChange(value: string): void;
  label: string;
  testId: string;
  size?: number;
};

export function ExemptionField({ catalogue, value, onChange, label, testId, size = 16 }: ExemptionFieldProps) {
  const id = useId();
  const { problems } = parseExemptionList(value, catalogue);
  const example = catalogue === 'us-foia' ? 'b6, b7C or b3: 26 U.S.C. 6103' : 's40(2), s43(2)';
  return (
    <span className="exemption-field">
      <label htmlFor={id}>{label}</label>{' '}
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        size={size}
        placeholder={example}
        title={`${EXEMPTION_CATALOGUES[catalogue].name}: codes separated by commas, a statute after a colon (${example})`}
        aria-invalid={problems.length > 0}
        aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
        data-testid={testId}
      />
      {problems.length > 0 ? (
        <span className="field-problem" id={`${id}-problems`} data-testid={`${testId}-problem`}>
          {problems.join(' ')}
        </span>
      ) : null}
    </span>
  );
}
