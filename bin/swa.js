#!/usr/bin/env node
import { guardProcess, run } from '../dist/swa/program.js';

guardProcess(process);

const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
const code = await run(process.argv.slice(2), io);
// An output stream that failed (see guardProcess) may already have set exit code 2.
process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
