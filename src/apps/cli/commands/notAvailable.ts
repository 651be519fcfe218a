import type { Lang } from '../../../core';
import type { CliCommand } from '../command';
import { cliT } from '../common';

/** A command announced but not written yet: says so on stderr and exits 2. */
export function notAvailableCommand(name: string, summary: Readonly<Record<Lang, string>>): CliCommand {
  return {
    name,
    summary: (lang) => summary[lang],
    help: (lang) => `vpwg ${name}: ${summary[lang]}\n${cliT(lang)('notAvailable', { command: name })}\n`,
    run: async (_args, { io, lang }) => {
      io.stderr(`${cliT(lang)('notAvailable', { command: name })}\n`);
      return 2;
    },
  };
}
