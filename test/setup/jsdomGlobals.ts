// jsdom leaves out some globals that browsers and Node both have. Modules
// shared with the browser demo (the .xlsx adapter) use them at load time, so
// they are put in place before any test file is loaded.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
