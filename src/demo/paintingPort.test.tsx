import { ReceivablesError } from '../engine/errors/receivablesError';
import { FakePort } from '../taskpane/testing/fakePort';
import { paintingPort } from './paintingPort';

describe('paintingPort', () => {
  it('reads through to the workbook', async () => {
    const port = paintingPort(new FakePort({ Balance: [['Compte', 'Solde']] }));
    expect((await port.readSheetHead('Balance', 5)).values).toEqual([['Compte', 'Solde']]);
  });

  it('passes the workbook errors on', async () => {
    const port = paintingPort(new FakePort({}));
    await expect(port.readSheet('Missing')).rejects.toThrow(ReceivablesError);
  });

  it('keeps cell selection where the workbook has it', async () => {
    const workbook = new FakePort({ Balance: [['x']] });
    await paintingPort(workbook).selectCell?.('Balance', 3, 2);
    expect(workbook.selections).toEqual([{ sheet: 'Balance', row: 3, column: 2 }]);
  });

  it('offers no cell selection where the workbook has none', () => {
    const workbook = Object.assign(new FakePort({}), { selectCell: undefined });
    expect(paintingPort(workbook).selectCell).toBeUndefined();
  });
});
