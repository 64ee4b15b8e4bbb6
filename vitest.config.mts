import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/checker/**/*.test.ts'],
    // The hostile corpus has files that take a second or two to parse.
    testTimeout: 30_000,
  },
});
