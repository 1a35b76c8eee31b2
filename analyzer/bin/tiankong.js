#!/usr/bin/env node
// The compiled CLI (npm install builds it via the root "prepare" script).
import '../dist/cli/run.js';
