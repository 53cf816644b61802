// Stands in for @types/node where Node's types must not be (src/shared, src/renderer): docx's
// declarations say `/// <reference types="node" />`, which would otherwise bring all of Node's
// globals (process, Buffer, require) into code that never runs in Node. Those tsconfigs put this
// folder first in "typeRoots", so the reference resolves here, to nothing.
export {};
