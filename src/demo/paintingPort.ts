import type { CellGrid } from '../engine/grid/cellGrid';
import type { SheetSpec } from '../engine/sheets/sheetSpec';
import type { ProgressListener, SheetInfo, WorkbookPort } from '../port/workbookPort';

/**
 * Lets the browser paint once: after the next frame, or after 50 ms when no
 * frame comes (a hidden tab draws none).
 */
export function nextPaint(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(done, 0);
    });
  });
}

// Limitation: within one workbook call (reading a 100,000-row sheet) the demo page does not
// repaint, so the progress bar moves between phases only: the file adapter and the engine run
// on the page's only thread.

/**
 * The file adapter works synchronously under its promises, so a whole
 * analysis would run without the page repainting once. This port waits for a
 * paint before each call, so the progress bar shows each phase.
 */
export function paintingPort(port: WorkbookPort): WorkbookPort {
  const painted: WorkbookPort = {
    listSheets: async (): Promise<SheetInfo[]> => {
      await nextPaint();
      return port.listSheets();
    },
    readSheetHead: async (sheet: string, maxRows: number): Promise<CellGrid> => {
      await nextPaint();
      return port.readSheetHead(sheet, maxRows);
    },
    readSheet: async (sheet: string, onProgress?: ProgressListener): Promise<CellGrid> => {
      await nextPaint();
      return port.readSheet(sheet, onProgress);
    },
    writeSheet: async (spec: SheetSpec, replacing?: string, onProgress?: ProgressListener) => {
      await nextPaint();
      return port.writeSheet(spec, replacing, onProgress);
    },
    readState: (key: string) => port.readState(key),
    writeState: (key: string, value: string) => port.writeState(key, value),
    activateSheet: (sheet: string) => port.activateSheet(sheet),
  };
  const select = port.selectCell?.bind(port);
  if (select) painted.selectCell = select;
  return painted;
}
