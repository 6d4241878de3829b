#!/usr/bin/env node
// Writes dist/tokens.css, the page stylesheet of the --ck-* design tokens, from the compiled
// src/styles/tokens.ts. Runs in `npm run build`, after tsc.
import { writeFileSync } from 'node:fs';
import { tokensCss } from '../dist/styles/tokens.js';

const banner =
  '/* @competence-kit/elements design tokens. Generated from src/styles/tokens.ts; do not edit. */';
writeFileSync(new URL('../dist/tokens.css', import.meta.url), `${banner}\n${tokensCss()}\n`);
