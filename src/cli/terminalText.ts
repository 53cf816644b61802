/**
 * Lines for a terminal (issue 14). File names, titles and error messages the command line prints
 * come from files it was given, and a terminal acts on control characters: an ESC sequence in a
 * file name could retitle the window, rewrite what is on screen or, with OSC 52, set the clipboard.
 * Every line goes out through one of these: data (stdout: TSV, JSON, paths) keeps its text and tabs
 * but never a control character; messages (stderr) show every hidden character, bidi controls
 * included, as a visible token, so a name cannot disguise itself there either.
 */
import { controlToken, visibleControls } from '../shared/text/visibleControls';

// C0 and C1 controls and DEL, tab (TSV's separator) and line feed (the help is several lines) aside.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** A line of output data: control characters (ESC above all) become visible tokens; tabs and all text stay. */
export const dataLine = (line: string): string => line.replace(TERMINAL_CONTROLS, controlToken);

/** A message line: every control and invisible character shown as a token. */
export const messageLine = (line: string): string => visibleControls(line);
