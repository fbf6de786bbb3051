import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { TabStrip } from '../taskpane/TabStrip';
import type { Language } from '../engine/ledger/types';
import type { WorkbookPort } from '../port/workbookPort';
import type { DemoStrings } from './demoStrings';
import { PREVIEW_ROWS, previewRows, type PreviewCell } from './previewCells';

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    maxHeight: '60vh',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `2px ${tokens.spacingHorizontalS}`,
    whiteSpace: 'nowrap',
  },
  rowNumber: { color: tokens.colorNeutralForeground2, textAlign: 'right' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

interface SheetPreviewProps {
  port: WorkbookPort;
  /** The sheets the analysis wrote, in order. */
  sheets: string[];
  /** Changes with every analysis, so the preview reads the sheets again. */
  revision: number;
  strings: DemoStrings;
  /** How numbers and dates are written. */
  language: Language;
}

/** The first rows of each sheet the analysis wrote, read back through the port. */
export function SheetPreview({ port, sheets, revision, strings, language }: SheetPreviewProps) {
  const styles = useStyles();
  const [selected, setSelected] = useState(sheets[0]);
  const [rows, setRows] = useState<PreviewCell[][]>();
  const [failure, setFailure] = useState<string>();
  const panelId = useId();
  const current = selected !== undefined && sheets.includes(selected) ? selected : sheets[0];

  useEffect(() => {
    if (current === undefined) return;
    let live = true;
    port
      .readSheetHead(current, PREVIEW_ROWS)
      .then((grid) => {
        if (!live) return;
        setRows(previewRows(grid, language));
        setFailure(undefined);
      })
      .catch((error: unknown) => {
        if (!live) return;
        setRows(undefined);
        setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      live = false;
    };
  }, [port, current, revision, language]);

  return (
    <>
      <TabStrip
        items={sheets.map((sheet) => ({ value: sheet, label: sheet }))}
        selected={current ?? ''}
        onSelect={setSelected}
        label={strings.previewSheets}
        panelId={panelId}
      />
      <div role="tabpanel" id={panelId} aria-label={current}>
        {failure !== undefined ? (
          <Text>{failure}</Text>
        ) : rows === undefined || rows.length === 0 ? (
          <Text>{strings.previewEmpty}</Text>
        ) : (
          <>
            <Text size={200}>{strings.previewRows(rows.length)}</Text>
            <div className={styles.scroller} tabIndex={0} role="region" aria-label={current}>
              <table className={styles.table} data-preview-sheet={current}>
                <tbody>
                  {rows.map((row, r) => (
                    <tr key={r}>
                      <th scope="row" className={`${styles.cell} ${styles.rowNumber}`}>
                        {r + 1}
                      </th>
                      {row.map((cell, c) => (
                        <td
                          key={c}
                          className={cell.numeric ? `${styles.cell} ${styles.number}` : styles.cell}
                        >
                          {cell.text}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </>
  );
}
