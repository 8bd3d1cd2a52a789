import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One test file at a time: several files build the portal, and builds in one checkout share its
    // generated files folder (.docusaurus) and the bundler's cache, so two at once break each other.
    // (Vitest runs one file at a time on a two-core machine anyway: cores − 1 workers.)
    fileParallelism: false,
    // Tests run on a fixed date, so that "due for review" (schema/review-due, 18 months after
    // lastReviewed) does not start firing on the examples' and fixtures' dates as time passes.
    env: {CONTINUUM_TODAY: '2026-06-01'},
  },
})
