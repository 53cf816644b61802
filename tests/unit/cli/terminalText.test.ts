/** Nothing from a file reaches the terminal as a control sequence (issue 14). */
import { describe, expect, it } from 'vitest';
import { dataLine, messageLine } from '../../../src/cli/terminalText';
import { HELP } from '../../../src/cli/isnad';

const ESC = '\u001b';

describe('terminal lines', () => {
  it('data: an escape sequence in a file name (retitle, clipboard) is shown, not sent; tabs, line feeds, Arabic and bidi marks stay', () => {
    const name = `a${ESC}]0;pwned\u0007${ESC}]52;c;ZWNobyBoaQ==\u0007${ESC}[2J.txt`;
    const shown = dataLine(`${name}\tقال‏ بوتين\t3`);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(shown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(shown).toBe('a⟨U+001B⟩]0;pwned⟨U+0007⟩⟨U+001B⟩]52;c;ZWNobyBoaQ==⟨U+0007⟩⟨U+001B⟩[2J.txt\tقال‏ بوتين\t3');
    expect(dataLine(HELP)).toBe(HELP);
    expect(dataLine('\u009b31m')).toBe('⟨U+009B⟩31m'); // the one-byte CSI of C1
  });

  it('messages: every control and bidi override shown as a token', () => {
    expect(messageLine(`isnad: nothing was written — invoice\u202Efdp.txt${ESC}[31m: bad`)).toBe('isnad: nothing was written — invoice⟨RLO⟩fdp.txt⟨U+001B⟩[31m: bad');
  });
});
