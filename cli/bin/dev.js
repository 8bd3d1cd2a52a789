#!/usr/bin/env -S node --import tsx
// Development entry point: runs the TypeScript commands without a build (tsx, not ts-node).
import {execute} from '@oclif/core'

await execute({development: true, dir: import.meta.url})
