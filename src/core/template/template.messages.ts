import { defineMessages } from '../i18n/i18n';

/** Words the template and sample workbooks carry besides the contract's own names. */
export const TEMPLATE_MESSAGES = defineMessages({
  fr: {
    listPrompt: {
      title: 'Valeur hors liste',
      message: 'Choisissez une valeur dans la liste déroulante.',
    },
    listsSheet: 'Listes',
  },
  en: {
    listPrompt: {
      title: 'Value not in the list',
      message: 'Choose a value from the drop-down list.',
    },
    listsSheet: 'Lists',
  },
});
