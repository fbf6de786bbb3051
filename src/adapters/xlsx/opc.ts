/**
 * The package layer of Office Open XML: relationships between parts, part
 * paths and the content-type list. Edits are made on the XML text so that
 * whatever we do not understand is kept as it was.
 */
import { escapeXml, readAttributes } from './xmlText';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const REL_TYPE = {
  officeDocument: `${REL_NS}/officeDocument`,
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  sharedStrings: `${REL_NS}/sharedStrings`,
  table: `${REL_NS}/table`,
  calcChain: `${REL_NS}/calcChain`,
} as const;
export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The `.rels` part that holds the relationships of `partName`. */
export function relsPathOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/**
 * The part a relationship target points to, from the part that holds it
 * (`''` for the package itself). Paths are zip names: no leading slash.
 *
 * @example
 * resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml') // 'xl/worksheets/sheet1.xml'
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

/**
 * The target to write in `sourcePart`'s relationships for `targetPart`.
 *
 * @example
 * relativeTarget('xl/worksheets/sheet2.xml', 'xl/tables/table1.xml') // '../tables/table1.xml'
 */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) {
    common += 1;
  }
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** Reads a `.rels` part. */
export function parseRelationships(xml: string): Relationship[] {
  const relationships: Relationship[] = [];
  const pattern = /<(?:\w+:)?Relationship\b([^>]*?)\/?>/g;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    const attributes = readAttributes(match[1] as string);
    relationships.push({
      id: attributes.Id ?? '',
      type: attributes.Type ?? '',
      target: attributes.Target ?? '',
      external: attributes.TargetMode === 'External',
    });
  }
  return relationships;
}

/** Writes a fresh `.rels` part. */
export function serializeRelationships(relationships: Relationship[]): string {
  const lines = relationships.map(
    (rel) =>
      `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" ` +
      `Target="${escapeXml(rel.target)}"${rel.external ? ' TargetMode="External"' : ''}/>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="${PACKAGE_REL_NS}">${lines.join('')}</Relationships>`
  );
}

/** Adds one relationship to a `.rels` part's text, keeping every other byte. */
export function appendRelationship(xml: string, rel: Relationship): string {
  const element =
    `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" ` +
    `Target="${escapeXml(rel.target)}"/>`;
  const close = xml.lastIndexOf('</Relationships>');
  if (close >= 0) return xml.slice(0, close) + element + xml.slice(close);
  // A self-closing empty list: <Relationships .../>
  return xml.replace(
    /<Relationships\b([^>]*?)\/>/,
    (_whole, attributes: string) => `<Relationships${attributes}>${element}</Relationships>`,
  );
}

/** An id no relationship in the list uses yet: rId1, rId2... */
export function freeRelationshipId(relationships: readonly Relationship[]): string {
  const taken = new Set(relationships.map((rel) => rel.id));
  let number = relationships.length + 1;
  while (taken.has(`rId${number}`)) number += 1;
  return `rId${number}`;
}

/** The content type an Override gives a part, if any. */
export function overrideContentType(contentTypesXml: string, partName: string): string | undefined {
  return overrideContentTypes(contentTypesXml).get(partName.toLowerCase());
}

/** A part's content type: its Override, else the Default for its extension. */
export function partContentType(contentTypesXml: string, partName: string): string | undefined {
  const override = overrideContentType(contentTypesXml, partName);
  if (override !== undefined) return override;
  const extension = partName.slice(partName.lastIndexOf('.') + 1).toLowerCase();
  const pattern = /<(?:\w+:)?Default\b([^>]*?)\/?>/g;
  for (let match = pattern.exec(contentTypesXml); match; match = pattern.exec(contentTypesXml)) {
    const attributes = readAttributes(match[1] as string);
    if (attributes.Extension?.toLowerCase() === extension) return attributes.ContentType;
  }
  return undefined;
}

/** Every Override of `[Content_Types].xml`: lower-cased zip name to content type. */
export function overrideContentTypes(contentTypesXml: string): Map<string, string> {
  const types = new Map<string, string>();
  const pattern = /<(?:\w+:)?Override\b([^>]*?)\/?>/g;
  for (let match = pattern.exec(contentTypesXml); match; match = pattern.exec(contentTypesXml)) {
    const attributes = readAttributes(match[1] as string);
    const name = attributes.PartName?.replace(/^\//, '').toLowerCase();
    if (name !== undefined && !types.has(name)) types.set(name, attributes.ContentType ?? '');
  }
  return types;
}

/** Adds an Override for a new part to `[Content_Types].xml`. */
export function addOverride(contentTypesXml: string, partName: string, type: string): string {
  const element = `<Override PartName="/${escapeXml(partName)}" ContentType="${type}"/>`;
  const close = contentTypesXml.lastIndexOf('</Types>');
  return contentTypesXml.slice(0, close) + element + contentTypesXml.slice(close);
}

/** Removes the Override of a part that is gone from `[Content_Types].xml`. */
export function removeOverride(contentTypesXml: string, partName: string): string {
  const wanted = `/${partName}`.toLowerCase();
  return contentTypesXml.replace(/<(?:\w+:)?Override\b([^>]*?)\/>/g, (element, body: string) =>
    readAttributes(body).PartName?.toLowerCase() === wanted ? '' : element,
  );
}

/** A part name `prefix{n}.xml` no part uses yet, counting from 1. */
export function freePartName(taken: (name: string) => boolean, prefix: string): string {
  let number = 1;
  while (taken(`${prefix}${number}.xml`)) number += 1;
  return `${prefix}${number}.xml`;
}
