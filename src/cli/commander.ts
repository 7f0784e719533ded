import { createRequire } from 'node:module';
import type * as Commander from 'commander';

/**
 * commander, loaded with require(). An ESM import of this CommonJS package also loads its esm.mjs
 * and runs Node's cjs-module-lexer over it: ≈ 5 ms of every start (measured on Node 20).
 */
const commander = createRequire(import.meta.url)('commander') as typeof Commander;

export const { Command, CommanderError, Help, InvalidArgumentError, Option } = commander;
export type Command = Commander.Command;
export type CommanderError = Commander.CommanderError;
export type Help = Commander.Help;
export type InvalidArgumentError = Commander.InvalidArgumentError;
export type Option = Commander.Option;
