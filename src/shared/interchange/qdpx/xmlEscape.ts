/**
 * Escaping for project.qde. Built on the DOCX report's `xmlSafe` (drops what XML 1.0 cannot hold:
 * C0 controls other than tab and line ends, U+FFFE/U+FFFF, lone surrogates) and `escapeHtml`.
 * Two more things matter here because a QDA program reads the values back as data: a parser turns
 * a carriage return in text into a line feed, and a tab or line end inside an attribute into a
 * space, so those are written as character references and survive. Bidi controls (U+202A–U+202E,
 * U+2066–U+2069, U+200E/F, U+061C) are legal characters and stay as they are, as text.
 */
import { escapeHtml } from '../../report/escape';
import { xmlSafe, xmlText } from '../../report/docxRuns';

/** Element content. */
export const qdeText = (text: string) => xmlText(text).replace(/\r/g, '&#13;');

/** An attribute value (written in double quotes). */
export const qdeAttr = (value: string | number) => escapeHtml(xmlSafe(String(value))).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
