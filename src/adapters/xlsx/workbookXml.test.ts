import {
  appendSheetElement,
  nextSheetId,
  parseWorkbook,
  renameSheetElement,
  setSheetVisibility,
} from './workbookXml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const EXCEL_STYLE =
  `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="1"/>` +
  '<sheets><sheet name="R&amp;D" sheetId="4" r:id="rId1"/>' +
  '<sheet name="Old" sheetId="9" state="veryHidden" r:id="rId2"/></sheets>' +
  '<definedNames><definedName name="Local" localSheetId="1">Old!$A$1</definedName></definedNames>' +
  '</workbook>';

/** openpyxl declares the relationship prefix on each <sheet>, not on the root. */
const OPENPYXL_STYLE =
  `<workbook xmlns="${MAIN}"><workbookPr/><sheets>` +
  `<sheet xmlns:r="${REL}" name="Ledger" sheetId="1" state="visible" r:id="rId1"/></sheets></workbook>`;

const PREFIXED =
  `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets>` +
  '<x:sheet name="Ledger" sheetId="1" rel:id="rId7"/></x:sheets></x:workbook>';

describe('parseWorkbook', () => {
  it('reads sheet names, ids, relationships, states and the 1904 date system', () => {
    expect(parseWorkbook(EXCEL_STYLE)).toEqual({
      prefix: '',
      date1904: true,
      sheets: [
        { name: 'R&D', sheetId: 4, relId: 'rId1', visibility: 'visible' },
        { name: 'Old', sheetId: 9, relId: 'rId2', visibility: 'veryHidden' },
      ],
    });
  });

  it('reads a workbook whose elements carry a prefix', () => {
    expect(parseWorkbook(PREFIXED)).toMatchObject({
      prefix: 'x:',
      date1904: false,
      sheets: [{ name: 'Ledger', relId: 'rId7' }],
    });
  });
});

describe('appendSheetElement', () => {
  const sheet = { name: 'Détail & co', sheetId: 10, relId: 'rId5', visibility: 'visible' as const };

  it('adds the sheet last and changes nothing else', () => {
    const edited = appendSheetElement(EXCEL_STYLE, sheet);
    expect(edited.replace('<sheet name="Détail &amp; co" sheetId="10" r:id="rId5"/>', '')).toBe(
      EXCEL_STYLE,
    );
    expect(parseWorkbook(edited).sheets.map((each) => each.name)).toEqual([
      'R&D',
      'Old',
      'Détail & co',
    ]);
  });

  it('declares the relationship prefix on the new sheet when the root does not', () => {
    const edited = appendSheetElement(OPENPYXL_STYLE, sheet);
    expect(edited).toContain(
      `<sheet name="Détail &amp; co" sheetId="10" xmlns:r="${REL}" r:id="rId5"/>`,
    );
  });

  it('uses the prefixes of a prefixed workbook', () => {
    const edited = appendSheetElement(PREFIXED, { ...sheet, visibility: 'veryHidden' });
    expect(edited).toContain(
      '<x:sheet name="Détail &amp; co" sheetId="10" state="veryHidden" rel:id="rId5"/>',
    );
  });
});

describe('renameSheetElement', () => {
  it('renames one sheet and keeps its id, relationship and state', () => {
    const edited = renameSheetElement(EXCEL_STYLE, 'rId2', 'Nouveau');
    expect(edited).toBe(EXCEL_STYLE.replace('name="Old"', 'name="Nouveau"'));
  });
});

describe('sheet names holding replacement patterns', () => {
  it.each(['Coût $1', 'A $& B', "$' and $`"])('keeps %j as written', (name) => {
    const renamed = renameSheetElement(EXCEL_STYLE, 'rId2', name);
    const empty = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets/></workbook>`;
    const added = appendSheetElement(empty, {
      name,
      sheetId: 1,
      relId: 'rId1',
      visibility: 'visible',
    });
    expect(parseWorkbook(renamed).sheets[1]?.name).toBe(name);
    expect(parseWorkbook(added).sheets[0]?.name).toBe(name);
  });
});

describe('setSheetVisibility', () => {
  it.each([
    ['a hidden sheet, very hidden', OPENPYXL_STYLE, 'rId1', 'veryHidden'],
    ['a very hidden sheet, visible', EXCEL_STYLE, 'rId2', 'visible'],
    ['a sheet with no state, hidden', PREFIXED, 'rId7', 'hidden'],
  ] as const)('makes %s', (_what, xml, relId, visibility) => {
    const sheets = parseWorkbook(setSheetVisibility(xml, relId, visibility)).sheets;
    expect(sheets.find((sheet) => sheet.relId === relId)?.visibility).toBe(visibility);
  });

  it('leaves the other sheets and attributes as they were', () => {
    const edited = setSheetVisibility(EXCEL_STYLE, 'rId2', 'hidden');
    expect(edited).toBe(EXCEL_STYLE.replace('state="veryHidden"', 'state="hidden"'));
  });
});

describe('nextSheetId', () => {
  it('gives one above the highest id in use', () => {
    expect(nextSheetId(parseWorkbook(EXCEL_STYLE).sheets)).toBe(10);
  });
});
