/** W3C Web Annotation JSON-LD: export and import (issue 12). */
export { exportW3c, PAGE_SIZE, W3C_FILE_NAME, w3cPageFileName } from './exportW3c';
export { importW3c, type W3cImportOptions } from './importW3c';
export { ISNAD_CONTEXT, W3C_FORMAT_VERSION } from './w3cContext';
