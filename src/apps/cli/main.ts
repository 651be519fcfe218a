import type { CliCommand, CliIo } from './command';
import { CliUsageError } from './command';
import { cliT } from './cli.messages';
import { resolveLang } from './common';
import { indicatorsCommand } from './commands/indicators';
import { reportCommand } from './commands/report';
import { sampleCommand } from './commands/sample';
import { templateCommand } from './commands/template';
import { validateCommand } from './commands/validate';

/** Every command, in the order `vpwg --help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  indicatorsCommand,
  reportCommand,
  templateCommand,
  sampleCommand,
];

function isHelp(arg: string | undefined): boolean {
  return arg === '--help' || arg === '-h';
}

/**
 * `vpwg` in-process: runs the command named by argv[0] and returns the exit code. Anything
 * thrown is caught here, at the door: one line on stderr and exit 2, never a stack trace.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = resolveLang(argv, io);
  const t = cliT(lang);
  const names = COMMANDS.map((c) => c.name).join(', ');
  try {
    const [name, ...args] = argv;
    if (name === undefined || isHelp(name) || name.startsWith('-')) {
      const list = COMMANDS.map((c) => `  ${c.name.padEnd(11)} ${c.summary(lang)}`).join('\n');
      const text = `${t('usage')}\n\n${t('commands')}\n${list}\n\n${t('commonOptions')}\n`;
      if (name !== undefined && (isHelp(name) || name.startsWith('--lang'))) {
        io.stdout(text);
        return 0;
      }
      io.stderr(
        name === undefined
          ? `${t('missingCommand', { commands: names })}\n`
          : `${t('unknownCommand', { command: name, commands: names })}\n`,
      );
      return 2;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      io.stderr(`${t('unknownCommand', { command: name, commands: names })}\n`);
      return 2;
    }
    if (args.some(isHelp)) {
      io.stdout(command.help(lang));
      return 0;
    }
    return await command.run(args, { io, lang });
  } catch (error) {
    const line =
      error instanceof CliUsageError
        ? error.sentence
        : t('unexpected', { detail: error instanceof Error ? error.message : String(error) });
    // One line only: a multi-line message would read like a trace.
    io.stderr(`${line.split('\n')[0] ?? ''}\n`);
    return 2;
  }
}
