import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
    environment: 'node',
    // Electron cannot be required here (its binary is absent); main-process modules take their
    // Electron objects as parameters and the tests pass fakes.
    pool: 'threads',
  },
});
