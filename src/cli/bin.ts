/** The built entry of `npx isnad` (bin/isnad.mjs loads it): real streams, the clock, the exit status. */
import { main } from './isnad';
import { dataLine, messageLine } from './terminalText';

declare const __ISNAD_VERSION__: string;

// A reader that stops early (isnad mentions … | head) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

const status = await main(
  process.argv.slice(2),
  {
    // Nothing from a file reaches the terminal as a control sequence (terminalText.ts).
    out: (line) => process.stdout.write(`${dataLine(line)}\n`),
    err: (line) => process.stderr.write(`${messageLine(line)}\n`),
    now: () => Date.now(),
  },
  __ISNAD_VERSION__,
);
process.exitCode = status;
