#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so the repository needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
