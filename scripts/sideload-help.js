#!/usr/bin/env node
// Printed by `npm start` before the dev server starts: where the page is and how to load the add-in.
const path = require('path');
const manifest = path.resolve(__dirname, '..', 'manifest.xml');
console.log(`
vpwg — web page on the built-in sample: https://localhost:3000/index.html
        page web sur l'exemple intégré : https://localhost:3000/index.html
  (first time / la première fois : npx office-addin-dev-certs install — else the browser warns about a self-signed certificate)

Load the add-in in Excel / Charger le complément dans Excel (manifest: ${manifest})
  • Excel on the web / Excel sur le web: Home > Add-ins > More add-ins > My add-ins > Upload My Add-in,
    choose manifest.xml. / Accueil > Compléments > Plus de compléments > Mes compléments > Charger mon complément.
  • Excel desktop (Windows): share the folder holding manifest.xml, add its \\\\computer\\folder path in
    File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs (Show in Menu), restart Excel,
    then Home > Add-ins > Shared Folder. Or, with a network: npx office-addin-debugging start manifest.xml desktop
  • Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.

Stop the server / Arrêter le serveur : npm run stop (or Ctrl+C)
`);
