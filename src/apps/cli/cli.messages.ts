import { defineMessages, translator } from '../../core';

/** Messages every command shares: usage, argument errors, file writing, the door's last resort. */
export const cliMessages = defineMessages({
  fr: {
    usage: 'Utilisation : vpwg <commande> [options]   (vpwg <commande> --help pour le détail)',
    commands: 'Commandes :',
    commonOptions: 'Options communes : --lang fr|en (langue des messages), --help',
    unknownCommand: 'Commande inconnue : « {{command}} ». Commandes : {{commands}}.',
    missingCommand: 'Indiquez une commande : {{commands}}.',
    unknownOption: 'Option inconnue : {{option}}. Voir vpwg {{command}} --help.',
    badOptionValue: 'L’option {{option}} attend une valeur. Voir vpwg {{command}} --help.',
    unexpectedArgument: 'Argument en trop : « {{argument}} ». Voir vpwg {{command}} --help.',
    missingFile: 'Indiquez le fichier du classeur. Voir vpwg {{command}} --help.',
    badLang: 'Langue inconnue : « {{value}} » (fr ou en).',
    badDate: 'Date invalide pour {{option}} : « {{value}} » (AAAA-MM-JJ, par exemple 2025-03-31).',
    missingOut: 'Indiquez le fichier à écrire avec --out FICHIER.xlsx.',
    outExists: 'Le fichier « {{file}} » existe déjà : ajoutez --force pour le remplacer.',
    outFailed: 'Impossible d’écrire « {{file}} » ({{detail}}).',
    unexpected: 'Erreur inattendue : {{detail}}',
  },
  en: {
    usage: 'Usage: vpwg <command> [options]   (vpwg <command> --help for details)',
    commands: 'Commands:',
    commonOptions: 'Common options: --lang fr|en (language of messages), --help',
    unknownCommand: 'Unknown command: "{{command}}". Commands: {{commands}}.',
    missingCommand: 'Give a command: {{commands}}.',
    unknownOption: 'Unknown option: {{option}}. See vpwg {{command}} --help.',
    badOptionValue: 'The option {{option}} needs a value. See vpwg {{command}} --help.',
    unexpectedArgument: 'Unexpected argument: "{{argument}}". See vpwg {{command}} --help.',
    missingFile: 'Give the workbook file. See vpwg {{command}} --help.',
    badLang: 'Unknown language: "{{value}}" (fr or en).',
    badDate: 'Invalid date for {{option}}: "{{value}}" (YYYY-MM-DD, for example 2025-03-31).',
    missingOut: 'Give the file to write with --out FILE.xlsx.',
    outExists: 'The file "{{file}}" already exists: add --force to replace it.',
    outFailed: 'Cannot write "{{file}}" ({{detail}}).',
    unexpected: 'Unexpected error: {{detail}}',
  },
});

export const cliT = translator(cliMessages);
