import { existsSync, promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readWorkbookFile } from '../../adapters/xlsx/readWorkbookFile';
import { WorkbookReadError } from '../../adapters/xlsx/workbookReadError';
import {
  dayFromIso,
  langFromLocale,
  LANGS,
  ParseAhead,
  readFailureMessage,
  validateWorkbook,
  type Day,
  type Lang,
  type RawWorkbook,
  type ReadAhead,
  type ValidatedWorkbook,
  type ValidateOptions,
} from '../../core';
import { cliT } from './cli.messages';
import { CliUsageError, type CliContext, type CliIo } from './command';

function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/** The value of `--lang` anywhere in argv (`--lang fr` or `--lang=fr`), before strict parsing. */
function langArgument(argv: readonly string[]): string | undefined {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/**
 * The language of messages: `--lang` (when valid), else the POSIX locale variables in their
 * order of precedence, else the operating system's locale, else English. Known before the
 * arguments are parsed, so that even an argument error speaks the user's language.
 */
export function resolveLang(argv: readonly string[], io: CliIo): Lang {
  const flag = langArgument(argv);
  if (isLang(flag)) return flag;
  const posix = [io.env.LC_ALL, io.env.LC_MESSAGES, io.env.LANG].find((v) => v !== undefined && v !== '');
  if (posix !== undefined) return langFromLocale(posix);
  return io.locale ? langFromLocale(io.locale) : 'en';
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Strict parsing of a command's arguments (node's util.parseArgs) with `--lang` and `--help`
 * always accepted. Unknown options, missing values and bad languages become one sentence.
 */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: OptionsConfig,
  { lang }: CliContext,
): ParsedArgs {
  const t = cliT(lang);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliUsageError(t('unknownOption', { option, command }));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new CliUsageError(t('badOptionValue', { option, command }));
    throw new CliUsageError(t('unknownOption', { option: option || message, command }));
  }
  const langValue = parsed.values.lang;
  if (typeof langValue === 'string' && !isLang(langValue)) throw new CliUsageError(t('badLang', { value: langValue }));
  return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
}

/** A string option's value (parseArgs types options loosely). */
export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function booleanOption(parsed: ParsedArgs, name: string): boolean {
  return parsed.values[name] === true;
}

/** `--as-of YYYY-MM-DD` (a real calendar date), or today when absent. */
export function parseDateOption(parsed: ParsedArgs, name: string, context: CliContext): Day | undefined {
  const value = stringOption(parsed, name);
  if (value === undefined) return undefined;
  const day = dayFromIso(value.trim());
  if (day === null) throw new CliUsageError(cliT(context.lang)('badDate', { option: `--${name}`, value }));
  return day;
}

export function parseAsOf(parsed: ParsedArgs, context: CliContext): Day {
  return parseDateOption(parsed, 'as-of', context) ?? context.io.today();
}

/** The one workbook file a command reads. */
export function oneFile(parsed: ParsedArgs, command: string, { lang }: CliContext): string {
  const [file, extra] = parsed.positionals;
  if (file === undefined) throw new CliUsageError(cliT(lang)('missingFile', { command }));
  if (extra !== undefined) throw new CliUsageError(cliT(lang)('unexpectedArgument', { argument: extra, command }));
  return file;
}

/**
 * Reads the workbook file a command works on. A file that cannot be read (missing, not a
 * workbook, encrypted, damaged…) becomes the reader's one sentence in the user's language,
 * which main prints on stderr with exit 2; anything else is a bug and is rethrown as is.
 */
export async function readCommandWorkbook(
  file: string,
  { lang }: CliContext,
  readAhead?: ReadAhead,
): Promise<RawWorkbook> {
  try {
    return await readWorkbookFile(file, readAhead);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new CliUsageError(readFailureMessage(error.failure, file, lang));
    throw error;
  }
}

/**
 * Reads and validates a command's workbook. Attendance, the sheet of a million rows, is parsed
 * while it is read (ParseAhead): its raw rows never all live at once.
 */
export async function validateCommandWorkbook(
  file: string,
  context: CliContext,
  options: Omit<ValidateOptions, 'readAhead'>,
): Promise<ValidatedWorkbook> {
  const readAhead = new ParseAhead(options.listedPerGroup);
  const raw = await readCommandWorkbook(file, context, readAhead);
  return validateWorkbook(raw, { ...options, readAhead });
}

/** Prints a JSON value: with --json, it is the only thing on stdout. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Writes a command's output file (`--out`): refuses to replace an existing file without
 * `--force`, and creates the parent folder.
 */
export async function writeOutputFile(
  file: string | undefined,
  bytes: Uint8Array,
  force: boolean,
  { lang }: CliContext,
): Promise<void> {
  const t = cliT(lang);
  if (file === undefined || file === '') throw new CliUsageError(t('missingOut'));
  if (!force && existsSync(file)) throw new CliUsageError(t('outExists', { file }));
  try {
    await fs.mkdir(dirname(file), { recursive: true });
    await fs.writeFile(file, bytes);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error);
    throw new CliUsageError(t('outFailed', { file, detail: code }));
  }
}
