#!/bin/sh
# Re-applies every automatic fix, in one command (`npm run lint:fix`):
#   1. ESLint's fixers (type-only imports, needless assertions and type arguments...);
#   2. imports those fixes left unused (a type named only in a removed assertion) removed, with the
#      fixer of Biome's noUnusedImports: the one Biome lint rule used, here only (biome.json keeps
#      Biome's linter off; ESLint's no-unused-vars reports the same imports but cannot fix them);
#   3. Biome's formatting over the result.
# Idempotent: a second run changes nothing. What is left is listed at the end, and the exit status
# is ESLint's (0 when nothing is left).
set -u
cd "$(dirname "$0")/.."
npx --no-install eslint --fix . >/dev/null 2>&1
npx --no-install biome lint --javascript-linter-enabled=true --only=correctness/noUnusedImports --write --unsafe . >/dev/null 2>&1
npx --no-install biome format --write . || exit 1
npx --no-install eslint --max-warnings 0 .
