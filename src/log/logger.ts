/**
 * A small named logger, quiet unless a level is set. The engine never logs;
 * adapters and front ends create one logger per module.
 */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

export interface LogSink {
  (level: Exclude<LogLevel, 'silent'>, name: string, message: string, detail?: unknown): void;
}

const ORDER: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

let currentLevel: LogLevel = 'silent';
let sink: LogSink = (level, name, message, detail) => {
  const line = `[${name}] ${message}`;
  const out = level === 'error' ? console.error : level === 'warn' ? console.warn : console.info;
  if (detail === undefined) out(line);
  else out(line, detail);
};

/** Sets how much every logger says, for the whole process or page. */
export function setLogLevel(level: LogLevel): void {
  currentLevel = level;
}

/** Sends log lines somewhere else (a test, a task pane panel). */
export function setLogSink(next: LogSink): void {
  sink = next;
}

export interface Logger {
  error(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
}

/** A logger named after its module, e.g. `createLogger('office-adapter')`. */
export function createLogger(name: string): Logger {
  const emit = (level: Exclude<LogLevel, 'silent'>) => (message: string, detail?: unknown) => {
    if (ORDER[level] <= ORDER[currentLevel]) sink(level, name, message, detail);
  };
  return { error: emit('error'), warn: emit('warn'), info: emit('info'), debug: emit('debug') };
}
