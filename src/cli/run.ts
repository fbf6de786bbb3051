import { readFile, writeFile } from 'node:fs/promises';

import { analyseAgeing } from '../actions/analyseAgeing';
import type { AnalyseAgeingResult } from '../actions/analyseAgeingTypes';
import { decodeCsv } from '../adapters/csv/readCsv';
import { XlsxWorkbook } from '../adapters/xlsx/xlsxWorkbook';
import { ReceivablesError } from '../engine/errors/receivablesError';
import { createLogger } from '../log/logger';
import type { CliCommand } from './args';
import type { WrittenFiles } from './format';
import { outputPathFor, refuseInput, refuseWorkbookPath, sheetNameForCsv } from './paths';
import type { CliPhase } from './progress';

const log = createLogger('cli');

type AnalyseCommand = Extract<CliCommand, { kind: 'analyse' }>;

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new ReceivablesError('FILE_NOT_FOUND', `File not found: ${path}`);
    if (code === 'EISDIR') {
      throw new ReceivablesError('UNREADABLE_FILE', `'${path}' is a folder, not a ledger file`);
    }
    if (code === 'EACCES') {
      throw new ReceivablesError('UNREADABLE_FILE', `Cannot read '${path}': permission denied`);
    }
    throw error;
  }
}

async function writeOutput(path: string, data: Uint8Array | string, option: string) {
  try {
    await writeFile(path, data);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EROFS') {
      const why = code === 'ENOENT' ? 'its folder does not exist' : `the system says ${code}`;
      throw new ReceivablesError('INVALID_OPTION', `Cannot write ${option} '${path}': ${why}`, {
        cause: error,
      });
    }
    throw error;
  }
}

/** Opens a ledger file; the adapter's message says what is wrong, this says which file. */
function withFileName<T>(path: string, open: () => T): T {
  try {
    return open();
  } catch (error) {
    if (error instanceof ReceivablesError && error.code === 'UNREADABLE_FILE') {
      throw new ReceivablesError('UNREADABLE_FILE', `Cannot read '${path}': ${error.message}`, {
        cause: error,
      });
    }
    throw error;
  }
}

function openWorkbook(command: AnalyseCommand, bytes: Uint8Array): XlsxWorkbook {
  return withFileName(command.input, () => {
    if (command.fileKind !== 'csv') return XlsxWorkbook.open(bytes);
    const csv = decodeCsv(bytes);
    log.debug(
      `CSV read as ${csv.encoding}, separator '${csv.delimiter}', ${csv.rows.length} lines`,
    );
    return XlsxWorkbook.fromRows(sheetNameForCsv(command.input), csv.rows);
  });
}

/**
 * Runs one analysis: reads the ledger file, ages it, writes the analysed
 * workbook (and the JSON summary when asked). The input is never written.
 */
export async function runAnalyse(
  command: AnalyseCommand,
  onProgress: (phase: CliPhase, fraction: number) => void = () => undefined,
): Promise<{ result: AnalyseAgeingResult; files: WrittenFiles }> {
  onProgress('reading', 0);
  // Limitation: the whole file is read into memory before it is parsed, so a ledger needs a few
  // times its file size in RAM; the adapters read workbooks from bytes, not from a stream.
  const bytes = await readInput(command.input);
  const workbook = openWorkbook(command, bytes);
  const files: WrittenFiles = {
    workbook: outputPathFor(command.input, workbook.isMacroEnabled, command.out),
  };
  if (command.json !== undefined) {
    refuseInput(command.input, command.json, '--json');
    refuseWorkbookPath(files.workbook, command.json);
    files.json = command.json;
  }

  const result = await analyseAgeing(workbook, command.request, (phase, fraction) => {
    if (phase !== 'done') onProgress(phase, fraction);
  });

  onProgress('writing', 1);
  await writeOutput(files.workbook, workbook.save(), '--out');
  if (files.json !== undefined) {
    await writeOutput(files.json, JSON.stringify(result.summary, null, 2) + '\n', '--json');
  }
  return { result, files };
}
