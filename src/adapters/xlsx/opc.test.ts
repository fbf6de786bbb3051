import {
  addOverride,
  appendRelationship,
  freeRelationshipId,
  overrideContentType,
  parseRelationships,
  relativeTarget,
  removeOverride,
  resolveTarget,
} from './opc';

describe('resolveTarget', () => {
  it.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/worksheets/sheet1.xml', '../tables/table1.xml', 'xl/tables/table1.xml'],
    ['xl/workbook.xml', '/xl/worksheets/sheet2.xml', 'xl/worksheets/sheet2.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/workbook.xml', './styles.xml', 'xl/styles.xml'],
  ])('from %s, %s is %s', (source, target, expected) => {
    expect(resolveTarget(source, target)).toBe(expected);
  });
});

describe('relativeTarget', () => {
  it.each([
    ['xl/workbook.xml', 'xl/worksheets/sheet3.xml', 'worksheets/sheet3.xml'],
    ['xl/worksheets/sheet3.xml', 'xl/tables/table2.xml', '../tables/table2.xml'],
  ])('from %s to %s is %s', (source, part, expected) => {
    expect(relativeTarget(source, part)).toBe(expected);
    expect(resolveTarget(source, expected)).toBe(part);
  });
});

describe('relationships', () => {
  const rels =
    '<Relationships xmlns="x"><Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet1.xml"/>' +
    '<Relationship Id="rId3" Type="t/hyperlink" Target="http://x" TargetMode="External"/></Relationships>';

  it('reads ids, types, targets and external links', () => {
    expect(parseRelationships(rels)).toEqual([
      { id: 'rId1', type: 't/worksheet', target: 'worksheets/sheet1.xml', external: false },
      { id: 'rId3', type: 't/hyperlink', target: 'http://x', external: true },
    ]);
  });

  it('finds an id no relationship uses', () => {
    expect(freeRelationshipId(parseRelationships(rels))).toBe('rId4');
  });

  it('appends a relationship and keeps the others as they were', () => {
    const added = appendRelationship(rels, {
      id: 'rId4',
      type: 't/x',
      target: 'a.xml',
      external: false,
    });
    expect(added.startsWith(rels.slice(0, -'</Relationships>'.length))).toBe(true);
    expect(parseRelationships(added)).toHaveLength(3);
  });

  it('fills an empty self-closing list', () => {
    const added = appendRelationship('<Relationships xmlns="x"/>', {
      id: 'rId1',
      type: 't',
      target: 'a',
      external: false,
    });
    expect(parseRelationships(added)).toEqual([
      { id: 'rId1', type: 't', target: 'a', external: false },
    ]);
  });
});

describe('content types', () => {
  const types = '<Types xmlns="x"><Default Extension="xml" ContentType="application/xml"/></Types>';

  it('adds, finds and removes an Override', () => {
    const added = addOverride(types, 'xl/tables/table1.xml', 'table-type');
    expect(overrideContentType(added, 'xl/tables/table1.xml')).toBe('table-type');
    expect(removeOverride(added, 'xl/tables/table1.xml')).toBe(types);
  });
});
