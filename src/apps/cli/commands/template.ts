import { buildTemplatePlan } from '../../../core';
import { cliT } from '../cli.messages';
import { CliUsageError, type CliCommand } from '../command';
import { booleanOption, parseCommandArgs, stringOption, writeOutputFile } from '../common';
import { templateT } from './template.messages';

/** `vpwg template [--lang fr|en] --out FILE [--force]`: the empty workbook in the user's language. */
export const templateCommand: CliCommand = {
  name: 'template',
  summary: (lang) => templateT(lang)('summary'),
  help: (lang) => `${templateT(lang)('help')}\n`,
  async run(args, context) {
    const { io, lang } = context;
    const parsed = parseCommandArgs('template', args, { out: { type: 'string' }, force: { type: 'boolean' } }, context);
    const [extra] = parsed.positionals;
    if (extra !== undefined)
      throw new CliUsageError(cliT(lang)('unexpectedArgument', { argument: extra, command: 'template' }));
    const out = stringOption(parsed, 'out');
    // exceljs is loaded only by the commands that write a workbook.
    const { writeSheetPlan } = await import('../../../adapters/xlsx/writeSheetPlan');
    const bytes = await writeSheetPlan(buildTemplatePlan(lang));
    await writeOutputFile(out, bytes, booleanOption(parsed, 'force'), context);
    io.stdout(`${templateT(lang)('written', { file: out })}\n`);
    return 0;
  },
};
