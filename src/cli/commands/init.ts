import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';

export function registerInit(_program: Command, _context: CommandContext): void {
  // Filled in by the region work (issue 5).
}
