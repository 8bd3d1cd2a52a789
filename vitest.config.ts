import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests run on a fixed date, so that "due for review" (schema/review-due, 18 months after
    // lastReviewed) does not start firing on the examples' and fixtures' dates as time passes.
    env: {CONTINUUM_TODAY: '2026-06-01'},
  },
})
