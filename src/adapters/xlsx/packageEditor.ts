/**
 * Edits a workbook package part by part. Parts are decoded to text only
 * when read, and only the parts changed here are encoded again on save, so
 * everything else keeps its exact bytes.
 */
import { ReceivablesError } from '../../engine/errors/receivablesError';
import type { SheetSpec } from '../../engine/sheets/sheetSpec';
import type { ProgressListener, SheetVisibility } from '../../port/workbookPort';
import {
  addOverride,
  appendRelationship,
  CONTENT_TYPE,
  freePartName,
  freeRelationshipId,
  overrideContentTypes,
  partContentType,
  parseRelationships,
  REL_TYPE,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  serializeRelationships,
  type Relationship,
} from './opc';
import { DEFAULT_STYLES_XML } from './minimalWorkbook';
import { buildWorksheetXml } from './sheetXmlWriter';
import { StyleBook } from './styles';
import { buildTableXml, readTableIdentity, uniqueTableName } from './tableXml';
import {
  appendSheetElement,
  nextSheetId,
  parseWorkbook,
  renameSheetElement,
  setSheetVisibility,
  type WorkbookSheet,
} from './workbookXml';
import { CONTENT_TYPES, PartTexts } from './partTexts';
import { decodeXmlEntities } from './xmlText';
import type { PartStore } from './zipPackage';

export class PackageEditor extends PartTexts {
  constructor(
    store: PartStore,
    readonly workbookPart: string,
  ) {
    super(store);
  }

  /** The part of a sheet, from its relationship in the workbook. */
  partOfSheet(sheet: WorkbookSheet): string {
    const rel = this.workbookRels().find((each) => each.id === sheet.relId);
    const part = rel && resolveTarget(this.workbookPart, rel.target);
    if (!part || !this.store.parts.has(part)) {
      throw new ReceivablesError(
        'UNREADABLE_FILE',
        `The sheet "${sheet.name}" points to a part that is missing; the workbook is damaged.`,
      );
    }
    return part;
  }

  /** The part the workbook's first relationship of `type` points to, if any. */
  workbookRelTarget(type: string): string | undefined {
    const rel = this.workbookRels().find((each) => each.type === type && !each.external);
    const part = rel && resolveTarget(this.workbookPart, rel.target);
    return part && this.store.parts.has(part) ? part : undefined;
  }

  /** Writes an analysis sheet, replacing `target` in place when given. */
  writeSpecSheet(
    spec: SheetSpec,
    target: WorkbookSheet | undefined,
    onProgress?: ProgressListener,
  ): void {
    const sheetPart = target ? this.partOfSheet(target) : undefined;
    const stylesPart = this.stylesPart();
    const styles = new StyleBook(this.text(stylesPart));
    const replacedTables = sheetPart ? this.tablePartsOf(sheetPart) : [];
    const takenNames = this.tableAndDefinedNames(replacedTables);
    // Built before anything is removed: a spec Excel cannot hold leaves the workbook as it was.
    const worksheet = buildWorksheetXml(
      spec,
      styles,
      (wanted) => {
        const name = uniqueTableName(wanted, (upper) => takenNames.has(upper));
        takenNames.add(name.toUpperCase());
        return name;
      },
      { date1904: parseWorkbook(this.text(this.workbookPart)).date1904, onProgress },
    );
    if (sheetPart) {
      this.removeSheetRelatedParts(sheetPart);
      this.removeCalcChain();
    }
    if (styles.xml !== this.text(stylesPart)) this.setText(stylesPart, styles.xml);
    const part = this.placeSheet(spec.name, worksheet.bytes, target, 'visible');

    let nextId = this.highestTableId() + 1;
    const rels: Relationship[] = worksheet.tables.map((plan, index) => {
      const tablePart = freePartName((name) => this.hasPart(name), 'xl/tables/table');
      this.setText(tablePart, buildTableXml(plan, nextId));
      nextId += 1;
      this.setText(
        CONTENT_TYPES,
        addOverride(this.text(CONTENT_TYPES), tablePart, CONTENT_TYPE.table),
      );
      return {
        id: `rId${index + 1}`,
        type: REL_TYPE.table,
        target: relativeTarget(part, tablePart),
        external: false,
      };
    });
    if (rels.length === 0) return;
    const relsPath = relsPathOf(part);
    this.setText(relsPath, serializeRelationships(rels));
    // Packages almost always type .rels parts by a Default; one that does not needs an Override.
    if (partContentType(this.text(CONTENT_TYPES), relsPath) === undefined) {
      this.setText(
        CONTENT_TYPES,
        addOverride(this.text(CONTENT_TYPES), relsPath, CONTENT_TYPE.relationships),
      );
    }
  }

  /** The styles part, added with the default style when the workbook has none (it is optional). */
  private stylesPart(): string {
    const existing = this.workbookRelTarget(REL_TYPE.styles);
    if (existing) return existing;
    // Some readers (openpyxl) look for the styles at this one path only.
    const usual = 'xl/styles.xml';
    const part = this.hasPart(usual)
      ? freePartName((name) => this.hasPart(name), 'xl/styles')
      : usual;
    this.setText(part, DEFAULT_STYLES_XML);
    this.setText(CONTENT_TYPES, addOverride(this.text(CONTENT_TYPES), part, CONTENT_TYPE.styles));
    const relsPath = relsPathOf(this.workbookPart);
    const rel = {
      id: freeRelationshipId(this.workbookRels()),
      type: REL_TYPE.styles,
      target: relativeTarget(this.workbookPart, part),
      external: false,
    };
    this.setText(relsPath, appendRelationship(this.text(relsPath), rel));
    return part;
  }

  /** Writes the very hidden sheet of saved values. */
  writeStateSheet(xml: string, existing: WorkbookSheet | undefined, name: string): void {
    if (existing) this.removeSheetRelatedParts(this.partOfSheet(existing));
    this.placeSheet(name, xml, existing, 'veryHidden');
    // LibreOffice saves a very hidden sheet as hidden: hide it from the user again.
    if (existing && existing.visibility !== 'veryHidden') {
      this.setText(
        this.workbookPart,
        setSheetVisibility(this.text(this.workbookPart), existing.relId, 'veryHidden'),
      );
    }
  }

  private workbookRels(): Relationship[] {
    const path = relsPathOf(this.workbookPart);
    return this.hasPart(path) ? parseRelationships(this.text(path)) : [];
  }

  /** Puts a sheet's XML in place: over `target`'s part (renamed), or as a new last sheet. */
  private placeSheet(
    name: string,
    content: string | Uint8Array,
    target: WorkbookSheet | undefined,
    visibility: SheetVisibility,
  ): string {
    if (target) {
      const part = this.partOfSheet(target);
      this.setContent(part, content);
      if (target.name !== name) {
        this.setText(
          this.workbookPart,
          renameSheetElement(this.text(this.workbookPart), target.relId, name),
        );
      }
      return part;
    }
    // Limitation: docProps/app.xml keeps its list of sheet titles as it was; Excel and LibreOffice
    // rebuild it on save and never read it to find sheets.
    const part = freePartName((each) => this.hasPart(each), 'xl/worksheets/sheet');
    this.setContent(part, content);
    this.setText(
      CONTENT_TYPES,
      addOverride(this.text(CONTENT_TYPES), part, CONTENT_TYPE.worksheet),
    );
    const relsPath = relsPathOf(this.workbookPart);
    const relId = freeRelationshipId(this.workbookRels());
    this.setText(
      relsPath,
      appendRelationship(this.text(relsPath), {
        id: relId,
        type: REL_TYPE.worksheet,
        target: relativeTarget(this.workbookPart, part),
        external: false,
      }),
    );
    const workbookXml = this.text(this.workbookPart);
    const sheetId = nextSheetId(parseWorkbook(workbookXml).sheets);
    this.setText(
      this.workbookPart,
      appendSheetElement(workbookXml, { name, sheetId, relId, visibility }),
    );
    return part;
  }

  /**
   * Removes a sheet's relationships part and the table parts it points to.
   */
  // Limitation: other parts a replaced sheet of ours pointed to (a chart or drawing the user added
  // to it in Excel) stay in the package unreferenced; Excel and LibreOffice ignore them.
  private removeSheetRelatedParts(sheetPart: string): void {
    const relsPath = relsPathOf(sheetPart);
    if (!this.store.parts.has(relsPath)) return;
    for (const tablePart of this.tablePartsOf(sheetPart)) this.deletePart(tablePart);
    this.deletePart(relsPath);
  }

  /** The table parts a sheet points to. */
  private tablePartsOf(sheetPart: string): string[] {
    const relsPath = relsPathOf(sheetPart);
    if (!this.store.parts.has(relsPath)) return [];
    return parseRelationships(this.text(relsPath))
      .filter((rel) => rel.type === REL_TYPE.table && !rel.external)
      .map((rel) => resolveTarget(sheetPart, rel.target));
  }

  /**
   * Drops the calculation chain, which lists formula cells by address: after a sheet of ours
   * is rewritten it would name cells that moved, and Excel would report the file as damaged.
   * Excel rebuilds the chain on its own.
   */
  private removeCalcChain(): void {
    const rel = this.workbookRels().find((each) => each.type === REL_TYPE.calcChain);
    if (!rel) return;
    this.deletePart(resolveTarget(this.workbookPart, rel.target));
    const relsPath = relsPathOf(this.workbookPart);
    const withoutRel = this.text(relsPath).replace(
      /<(?:\w+:)?Relationship\b[^>]*?\/>/g,
      (element) => (parseRelationships(element)[0]?.id === rel.id ? '' : element),
    );
    this.setText(relsPath, withoutRel);
  }

  private tableParts(): string[] {
    const types = overrideContentTypes(this.text(CONTENT_TYPES));
    return [...this.store.parts.keys()].filter(
      (part) => types.get(part.toLowerCase()) === CONTENT_TYPE.table,
    );
  }

  private highestTableId(): number {
    return this.tableParts().reduce(
      (highest, part) => Math.max(highest, readTableIdentity(this.text(part)).id),
      0,
    );
  }

  /** Upper-cased names of every table and defined name: tables share their name space with names. */
  private tableAndDefinedNames(leaving: readonly string[]): Set<string> {
    const names = new Set(
      this.tableParts()
        .filter((part) => !leaving.includes(part))
        .map((part) => readTableIdentity(this.text(part)).name.toUpperCase()),
    );
    const pattern = /<(?:\w+:)?definedName\b[^>]*?\bname="([^"]*)"/g;
    const workbookXml = this.text(this.workbookPart);
    for (let match = pattern.exec(workbookXml); match; match = pattern.exec(workbookXml)) {
      names.add(decodeXmlEntities(match[1] as string).toUpperCase());
    }
    return names;
  }
}
