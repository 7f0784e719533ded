#!/usr/bin/env node
import { run } from '../dist/swa/program.js';

const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
process.exitCode = await run(process.argv.slice(2), io);
