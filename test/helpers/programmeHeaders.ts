/**
 * The headers of the programme's optional sheets as programme.md writes them, in the order a new
 * sheet lays them out: what a secretariat sees when it asks for one of these sheets.
 */
export const STAKEHOLDER_HEADERS_FR = [
  'ID acteur',
  'Organisation',
  'Pilier',
  'Personne de contact',
  'Fonction',
  'Influence',
  'Territoire',
  'Identifié le',
  'Contacté le',
  'Invité le',
  'Refus le',
  'ID membre',
  'Notes',
];

export const INITIATIVE_HEADERS_EN = ['Initiative', 'Kind', 'Province', 'Linked since', 'Contact person', 'Notes'];
