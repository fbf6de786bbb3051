import { setLogLevel, type LogLevel } from '../log/logger';
import { parseCliArgs, USAGE } from './args';
import { formatError, formatResult } from './format';
import { createProgressBar } from './progress';
import { runAnalyse } from './run';

const LOG_LEVELS: readonly LogLevel[] = ['silent', 'error', 'warn', 'info', 'debug'];

async function main(argv: readonly string[]): Promise<number> {
  const level = process.env.RECEIVABLES_DESK_LOG as LogLevel | undefined;
  if (level !== undefined && LOG_LEVELS.includes(level)) setLogLevel(level);
  else if (level !== undefined) {
    process.stderr.write(
      `receivables-desk: RECEIVABLES_DESK_LOG='${level}' is ignored; expected ${LOG_LEVELS.join(', ')}\n`,
    );
  }

  const bar = createProgressBar(
    process.stderr.isTTY ? (text) => void process.stderr.write(text) : undefined,
  );
  try {
    const command = parseCliArgs(argv);
    if (command.kind === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    const { result, files } = await runAnalyse(command, bar.update);
    bar.finish();
    process.stdout.write(
      formatResult(result.summary, result.ledger.warnings, files, command.request.language ?? 'en'),
    );
    return 0;
  } catch (error) {
    bar.finish();
    process.stderr.write(formatError(error) + '\n');
    return 1;
  }
}

void main(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
});
