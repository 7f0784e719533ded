import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';

export function registerRender(_program: Command, _context: CommandContext): void {
  // Filled in by the render work (issue 3).
}
