/**
 * The parts of a workbook that say how to read the rest: workbook.xml (the sheets in tab order,
 * their visibility, which date system the serials count in) and styles.xml (which cell styles
 * carry a date, time or percent number format).
 */
import { attribute, parseXml } from '../xml/xml-reader.js';
import { kindOfNumberFormat, type NumberFormatKind } from './number-formats.js';

/** One sheet as workbook.xml lists it. */
export type SheetEntry = {
  name: string;
  /** 'visible', 'hidden' or 'veryHidden' (hidden sheets are read too: they are part of the record). */
  state: string;
  relationshipId: string;
};

/** The sheets in tab order and the date system (true: 1904). */
export type Workbook = { sheets: SheetEntry[]; date1904: boolean };

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

/** Sheets in tab order and the date system, from xl/workbook.xml. */
export function parseWorkbook(xml: string | Uint8Array): Workbook {
  const workbook: Workbook = { sheets: [], date1904: false };
  let depth = 0;
  parseXml(xml, {
    open: (name, attributes) => {
      depth++;
      // Only the workbook's own <workbookPr>: extensions (x15:workbookPr in extLst) share the local name.
      if (name === 'workbookPr' && depth === 2) {
        workbook.date1904 = isTrue(attribute(attributes, 'date1904'));
      } else if (name === 'sheet' && depth === 3) {
        workbook.sheets.push({
          name: attribute(attributes, 'name') ?? '',
          state: attribute(attributes, 'state') ?? 'visible',
          relationshipId: attribute(attributes, 'id') ?? '',
        });
      }
    },
    close: () => {
      depth--;
    },
  });
  return workbook;
}

/** The number-format kind of each cell style (the `s` attribute of a cell indexes this list). */
export function parseCellStyleKinds(xml: string | Uint8Array): NumberFormatKind[] {
  const codes = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === 'numFmt') {
        const id = Number(attribute(attributes, 'numFmtId'));
        if (Number.isInteger(id)) {
          codes.set(id, attribute(attributes, 'formatCode') ?? '');
        }
      } else if (name === 'cellXfs') {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        formatIds.push(Number(attribute(attributes, 'numFmtId') ?? 0));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') {
        inCellXfs = false;
      }
    },
  });
  return formatIds.map((id) => (Number.isInteger(id) ? kindOfNumberFormat(id, codes) : 'number'));
}
