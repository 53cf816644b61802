// Vite's types for asset imports (`?inline`, `?url`) and import.meta.env. Referenced here, not in
// tsconfig's "types", because that tsconfig's typeRoots hold only the stand-in for Node's types.
/// <reference types="vite/client" />
