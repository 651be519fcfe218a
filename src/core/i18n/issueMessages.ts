import { defineMessages } from './i18n';

/**
 * Issue messages, one per code (and per variant where the code has one). Placeholders:
 * {{field}} the column's label, {{value}} the cell's content, {{sheet}} the sheet's name,
 * {{contractSheet}} the contract sheet's name in the language, {{columns}} column names quoted and
 * joined (“Setting” or “Value”), {{max}} a count setting's bound with its unit (3,650 days).
 */
export const issueMessages = defineMessages({
  en: {
    'sheet/missing': 'The “{{contractSheet}}” sheet is missing: add it (vpwg template, or Setup in the add-in).',
    'sheet/missing_optional': 'There is no “{{contractSheet}}” sheet: the incident figures stay empty.',
    'sheet/missing_stakeholders':
      'There is no “{{contractSheet}}” sheet (the stakeholder mapping): the outreach figures stay empty. Add it when the group maps the organisations it wants at the table (Setup in the add-in, or vpwg template).',
    'sheet/missing_initiatives':
      'There is no “{{contractSheet}}” sheet: links are counted from the Meetings sheet alone, and no link can show as dormant. Add it to list IDAK and the other platforms the group works with (Setup in the add-in, or vpwg template).',
    'header/missing':
      'The “{{field}}” column was not found in the sheet “{{sheet}}” (its header must be in one of the first 10 rows); this sheet cannot be read until it is added.',
    'sheet/duplicate':
      'The sheet “{{sheet}}” is a second “{{contractSheet}}” sheet: only “{{usedSheet}}” is read. Rename or remove one of them.',
    'sheet/duplicate_hidden':
      'The sheet “{{sheet}}” is a hidden second “{{contractSheet}}” sheet: only “{{usedSheet}}”, which is visible, is read. If the hidden copy is old, delete it; otherwise rename it.',
    'sheet/duplicate_both':
      'The sheet “{{sheet}}” is a second “{{contractSheet}}” sheet, and both are hidden: only “{{usedSheet}}”, the first in the workbook, is read. Unhide the one to keep (right-click a tab › Unhide) and remove the other.',
    'sheet/foreign_settings':
      'The sheet “{{sheet}}” has no {{columns}} column: vpwg takes it for another tool’s sheet and does not read it, so its settings take their defaults. To change them, add a “{{contractSheet}}” sheet (Setup in the add-in, or vpwg template) and rename this one.',
    'sheet/foreign_incidents':
      'The sheet “{{sheet}}” has no {{columns}} column: vpwg takes it for another tool’s sheet and does not read it, so the incident figures stay empty. If it is the group’s incident log, give it those headers; otherwise rename it.',
    'sheet/foreign_stakeholders':
      'The sheet “{{sheet}}” has no {{columns}} column: vpwg takes it for another tool’s sheet and does not read it, so the outreach figures stay empty. If it is the group’s stakeholder mapping, give it those headers; otherwise rename it.',
    'sheet/foreign_initiatives':
      'The sheet “{{sheet}}” has no {{columns}} column: vpwg takes it for another tool’s sheet and does not read it, so links are counted from the Meetings sheet alone. If it is the group’s list of initiatives, give it those headers; otherwise rename it.',
    'sheet/foreign_read':
      'The sheet “{{sheet}}” has no {{columns}} column: vpwg takes it for another tool’s sheet and reads “{{usedSheet}}” instead.',
    'header/duplicate': 'The column “{{value}}” is a second “{{field}}” column: only column {{firstColumn}} is read.',
    'header/unknown_column': 'The column “{{value}}” is not one vpwg reads; it is ignored.',
    'header/unknown_setting': 'The setting “{{value}}” is unknown; it is ignored.',
    'cell/required': '“{{field}}” is required, but the cell is empty.',
    'cell/type_date':
      '“{{value}}” is not a valid date for “{{field}}”. Write the day first with a four-digit year, for example 05/03/2024, or enter a real date.',
    'cell/type_serial60': '29 February 1900 never existed (Excel’s day 60): “{{field}}” needs a real date.',
    'cell/type_rate':
      '“{{value}}” is not a valid rate for “{{field}}”: write 0.6, 60% or 60 %. The default ({{default}}) is used.',
    'cell/type_count':
      '“{{value}}” is not a whole number of at least {{min}} for “{{field}}”. The default ({{default}}) is used.',
    'cell/type_count_too-large':
      '“{{value}}” is too large for “{{field}}”: at most {{max}}. The default ({{default}}) is used.',
    'cell/type_count_date':
      '“{{value}}” is a date, but “{{field}}” needs a whole number from {{min}} to {{max}}; if you typed a number, the cell is formatted as a date (Home › Number › General). The default ({{default}}) is used.',
    'cell/type_boolean':
      '“{{value}}” is not yes or no for “{{field}}”: write Yes or No. The default ({{default}}) is used.',
    'cell/enum': '“{{value}}” is not in the list for “{{field}}”.',
    'cell/enum_hint': '“{{value}}” is not in the list for “{{field}}”. Did you mean “{{hint}}”?',
    'cell/enum_warning': '“{{value}}” is not in the list for “{{field}}”; it is treated as blank.',
    'cell/enum_warning_hint':
      '“{{value}}” is not in the list for “{{field}}”; it is treated as blank. Did you mean “{{hint}}”?',
    'cell/unique': '“{{value}}” is already used as “{{field}}” in row {{firstRow}}; each one must be unique.',
    'ref/unknown': '“{{value}}” does not exist in the “{{target}}” sheet.',
    'ref/unknown_initiative':
      '“{{value}}” is not in the “{{target}}” sheet: the meeting still counts as linked to it, under this name. Add it to the sheet, or correct the spelling.',
    'ref/unknown_initiative_hint':
      '“{{value}}” is not in the “{{target}}” sheet: the meeting still counts as linked to it, under this name. Did you mean “{{hint}}”?',
    'row/duplicate': 'This meeting and member were already recorded in row {{firstRow}}.',
    'cell/order_left-before-joined': 'The leaving date is before the joining date.',
    'cell/order_reported-before-date': 'The reporting date is before the date of the incident.',
    'cell/order_closed-before-date': 'The closing date is before the date of the incident.',
    'cell/order_shared-before-date':
      'The meeting “{{value}}” took place before the incident it is said to have shared.',
    'cell/order_contacted-before-identified':
      'The contact date is before the date the stakeholder was identified: correct one of the two dates.',
    'cell/order_invited-before-identified':
      'The invitation date is before the date the stakeholder was identified: correct one of the two dates.',
    'cell/order_declined-before-identified':
      'The date of refusal is before the date the stakeholder was identified: correct one of the two dates.',
    'incident/closed-date-missing': 'The follow-up is “closed” but the closing date is empty.',
    'cell/future': 'The date {{value}} is after today ({{asOf}}).',
    'attendance/not-member':
      '“{{value}}” was not a member on the date of this meeting: this attendance is not counted.',
    'meeting/no-attendance':
      'The meeting “{{value}}” is marked as held but has no attendance rows: it counts with nobody present.',
    'stakeholder/pillar-mismatch':
      'The pillar “{{value}}” differs from the pillar of member {{memberId}} (“{{hint}}” in the “{{members}}” sheet): the stakeholder is counted under its own pillar. Correct the one that is wrong.',
  },
  fr: {
    'sheet/missing':
      'La feuille « {{contractSheet}} » est absente : ajoutez-la (vpwg template, ou Configuration dans le complément).',
    'sheet/missing_optional':
      'Il n’y a pas de feuille « {{contractSheet}} » : les chiffres des incidents restent vides.',
    'sheet/missing_stakeholders':
      'Il n’y a pas de feuille « {{contractSheet}} » (la cartographie des acteurs) : les chiffres de la cartographie restent vides. Ajoutez-la quand le groupe recense les organisations qu’il veut autour de la table (Configuration dans le complément, ou vpwg template).',
    'sheet/missing_initiatives':
      'Il n’y a pas de feuille « {{contractSheet}} » : les liens sont comptés à partir de la seule feuille Réunions, et aucun lien ne peut apparaître comme inactif. Ajoutez-la pour recenser l’IDAK et les autres plateformes avec lesquelles le groupe travaille (Configuration dans le complément, ou vpwg template).',
    'header/missing':
      'La colonne « {{field}} » est introuvable dans la feuille « {{sheet}} » (son en-tête doit être dans les 10 premières lignes) ; cette feuille ne peut pas être lue tant qu’elle manque.',
    'sheet/duplicate':
      'La feuille « {{sheet}} » est une deuxième feuille « {{contractSheet}} » : seule « {{usedSheet}} » est lue. Renommez ou supprimez l’une des deux.',
    'sheet/duplicate_hidden':
      'La feuille « {{sheet}} » est une deuxième feuille « {{contractSheet}} », masquée : seule « {{usedSheet}} », qui est visible, est lue. Si la copie masquée est ancienne, supprimez-la ; sinon, renommez-la.',
    'sheet/duplicate_both':
      'La feuille « {{sheet}} » est une deuxième feuille « {{contractSheet}} », et les deux sont masquées : seule « {{usedSheet}} », la première du classeur, est lue. Affichez celle à garder (clic droit sur un onglet › Afficher) et supprimez l’autre.',
    'sheet/foreign_settings':
      'La feuille « {{sheet}} » n’a pas de colonne {{columns}} : vpwg la prend pour la feuille d’un autre outil et ne la lit pas ; ses paramètres gardent donc leur valeur par défaut. Pour les changer, ajoutez une feuille « {{contractSheet}} » (Configuration dans le complément, ou vpwg template) et renommez celle-ci.',
    'sheet/foreign_incidents':
      'La feuille « {{sheet}} » n’a pas de colonne {{columns}} : vpwg la prend pour la feuille d’un autre outil et ne la lit pas ; les chiffres des incidents restent donc vides. Si c’est le registre des incidents du groupe, donnez-lui ces en-têtes ; sinon, renommez-la.',
    'sheet/foreign_stakeholders':
      'La feuille « {{sheet}} » n’a pas de colonne {{columns}} : vpwg la prend pour la feuille d’un autre outil et ne la lit pas ; les chiffres de la cartographie restent donc vides. Si c’est la cartographie des acteurs du groupe, donnez-lui ces en-têtes ; sinon, renommez-la.',
    'sheet/foreign_initiatives':
      'La feuille « {{sheet}} » n’a pas de colonne {{columns}} : vpwg la prend pour la feuille d’un autre outil et ne la lit pas ; les liens sont donc comptés à partir de la seule feuille Réunions. Si c’est la liste des initiatives du groupe, donnez-lui ces en-têtes ; sinon, renommez-la.',
    'sheet/foreign_read':
      'La feuille « {{sheet}} » n’a pas de colonne {{columns}} : vpwg la prend pour la feuille d’un autre outil et lit « {{usedSheet}} » à sa place.',
    'header/duplicate':
      'La colonne « {{value}} » est une deuxième colonne « {{field}} » : seule la colonne {{firstColumn}} est lue.',
    'header/unknown_column': 'La colonne « {{value}} » n’est pas lue par vpwg ; elle est ignorée.',
    'header/unknown_setting': 'Le paramètre « {{value}} » est inconnu ; il est ignoré.',
    'cell/required': '« {{field}} » est obligatoire, mais la cellule est vide.',
    'cell/type_date':
      '« {{value}} » n’est pas une date valide pour « {{field}} ». Écrivez le jour d’abord et l’année sur quatre chiffres, par exemple 05/03/2024, ou saisissez une vraie date.',
    'cell/type_serial60':
      'Le 29 février 1900 n’a jamais existé (jour 60 d’Excel) : « {{field}} » demande une vraie date.',
    'cell/type_rate':
      '« {{value}} » n’est pas un taux valide pour « {{field}} » : écrivez 0,6, 60% ou 60 %. La valeur par défaut ({{default}}) est utilisée.',
    'cell/type_count':
      '« {{value}} » n’est pas un nombre entier d’au moins {{min}} pour « {{field}} ». La valeur par défaut ({{default}}) est utilisée.',
    'cell/type_count_too-large':
      '« {{value}} » est trop grand pour « {{field}} » : au plus {{max}}. La valeur par défaut ({{default}}) est utilisée.',
    'cell/type_count_date':
      '« {{value}} » est une date, mais « {{field}} » demande un nombre entier de {{min}} à {{max}} ; si vous avez tapé un nombre, la cellule est au format date (Accueil › Nombre › Standard). La valeur par défaut ({{default}}) est utilisée.',
    'cell/type_boolean':
      '« {{value}} » n’est ni oui ni non pour « {{field}} » : écrivez Oui ou Non. La valeur par défaut ({{default}}) est utilisée.',
    'cell/enum': '« {{value}} » ne fait pas partie de la liste pour « {{field}} ».',
    'cell/enum_hint':
      '« {{value}} » ne fait pas partie de la liste pour « {{field}} ». Vouliez-vous dire « {{hint}} » ?',
    'cell/enum_warning':
      '« {{value}} » ne fait pas partie de la liste pour « {{field}} » ; la cellule est traitée comme vide.',
    'cell/enum_warning_hint':
      '« {{value}} » ne fait pas partie de la liste pour « {{field}} » ; la cellule est traitée comme vide. Vouliez-vous dire « {{hint}} » ?',
    'cell/unique':
      '« {{value}} » est déjà utilisé comme « {{field}} » à la ligne {{firstRow}} ; chaque valeur doit être unique.',
    'ref/unknown': '« {{value}} » n’existe pas dans la feuille « {{target}} ».',
    'ref/unknown_initiative':
      '« {{value}} » ne figure pas dans la feuille « {{target}} » : la réunion compte quand même comme liée à elle, sous ce nom. Ajoutez-la à la feuille, ou corrigez l’orthographe.',
    'ref/unknown_initiative_hint':
      '« {{value}} » ne figure pas dans la feuille « {{target}} » : la réunion compte quand même comme liée à elle, sous ce nom. Vouliez-vous dire « {{hint}} » ?',
    'row/duplicate': 'Cette réunion et ce membre sont déjà enregistrés à la ligne {{firstRow}}.',
    'cell/order_left-before-joined': 'La date de départ est antérieure à la date d’adhésion.',
    'cell/order_reported-before-date': 'La date de signalement est antérieure à la date de l’incident.',
    'cell/order_closed-before-date': 'La date de clôture est antérieure à la date de l’incident.',
    'cell/order_shared-before-date': 'La réunion « {{value}} » a eu lieu avant l’incident qu’elle aurait partagé.',
    'cell/order_contacted-before-identified':
      'La date de contact est antérieure à la date d’identification de l’acteur : corrigez l’une des deux dates.',
    'cell/order_invited-before-identified':
      'La date d’invitation est antérieure à la date d’identification de l’acteur : corrigez l’une des deux dates.',
    'cell/order_declined-before-identified':
      'La date de refus est antérieure à la date d’identification de l’acteur : corrigez l’une des deux dates.',
    'incident/closed-date-missing': 'Le suivi est « clôturé » mais la date de clôture est vide.',
    'cell/future': 'La date {{value}} est postérieure à aujourd’hui ({{asOf}}).',
    'attendance/not-member':
      '« {{value}} » n’était pas membre à la date de cette réunion : cette présence n’est pas comptée.',
    'meeting/no-attendance':
      'La réunion « {{value}} » est marquée comme tenue mais n’a aucune ligne de présence : elle compte avec personne de présent.',
    'stakeholder/pillar-mismatch':
      'Le pilier « {{value}} » diffère de celui du membre {{memberId}} (« {{hint}} » dans la feuille « {{members}} ») : l’acteur est compté sous son propre pilier. Corrigez celui qui est faux.',
  },
});
