/**
 * Open Packaging Conventions relationships: which part is the workbook, which parts are a
 * sheet's comments. A relationship's target is relative to the folder of the part that owns the
 * .rels file ("../comments1.xml" from xl/worksheets/sheet1.xml), or absolute from the package root.
 */
import { posix } from 'node:path';
import { attribute, parseXml } from '../xml/xml-reader.js';

/** One relationship; `target` is a resolved package path, or the URL as written when `external`. */
export type Relationship = { id: string; type: string; target: string; external: boolean };

/** Where the relationships of a part are stored: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relationshipsPathOf(partPath: string): string {
  const folder = posix.dirname(partPath);
  const name = posix.basename(partPath);
  return folder === '.' ? `_rels/${name}.rels` : `${folder}/_rels/${name}.rels`;
}

/** The part a target names, as a package path without a leading slash ('' when it climbs out of the package). */
export function resolveTarget(sourcePartPath: string, target: string): string {
  const decoded = (() => {
    try {
      return decodeURIComponent(target);
    } catch {
      return target;
    }
  })();
  const joined = decoded.startsWith('/') ? decoded : posix.join(posix.dirname(sourcePartPath), decoded);
  const normalised = posix.normalize(joined).replace(/^\/+/, '');
  return normalised.startsWith('..') ? '' : normalised;
}

/** The relationships in a .rels part, targets resolved against `sourcePartPath` ('' for the package). */
export function parseRelationships(xml: string | Uint8Array, sourcePartPath: string): Relationship[] {
  const relationships: Relationship[] = [];
  parseXml(xml, {
    open: (name, attributes) => {
      if (name !== 'Relationship') {
        return;
      }
      const external = (attribute(attributes, 'TargetMode') ?? '').toLowerCase() === 'external';
      const target = attribute(attributes, 'Target') ?? '';
      relationships.push({
        id: attribute(attributes, 'Id') ?? '',
        type: attribute(attributes, 'Type') ?? '',
        target: external ? target : resolveTarget(sourcePartPath === '' ? 'package' : sourcePartPath, target),
        external,
      });
    },
  });
  return relationships;
}

/** The package's main part (the officeDocument relationship), or null. */
export function mainPartOf(packageRelationships: readonly Relationship[]): string | null {
  return packageRelationships.find((relationship) => relationship.type.endsWith('/officeDocument') && !relationship.external)?.target ?? null;
}
