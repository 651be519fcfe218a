/**
 * The add-in manifest, checked offline: the schema of the XML manifest (xmllint against the copy
 * in test/manifest/schemas/office-manifest, copied from Microsoft's published schemas), the French overrides, the icons it points to, and the
 * deploy-time writer (scripts/write-manifest.js). A missing xmllint or schema fails the test:
 * a manifest Office refuses means an add-in nobody can install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const SCHEMA = join(__dirname, 'schemas', 'office-manifest', 'OfficeAppManifestV1_1.xsd');
const WRITER = join(ROOT, 'scripts', 'write-manifest.js');

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { encoding: 'utf8', env });
  if (result.error)
    throw new Error(
      `${command} could not run (${result.error.message}); install it (Debian: libxml2-utils for xmllint).`,
    );
  return result;
}

function validate(file: string): { status: number | null; output: string } {
  expect(existsSync(SCHEMA)).toBe(true);
  const result = run('xmllint', ['--noout', '--schema', SCHEMA, file]);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** One XPath value of the manifest (namespaces ignored through local-name()). */
function xpath(file: string, expression: string): string {
  return run('xmllint', ['--xpath', expression, file]).stdout.trim();
}

const el = (name: string) => `*[local-name()='${name}']`;

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'vpwg-manifest-'));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('manifest.xml', () => {
  it('validates against the Office add-in manifest schema', () => {
    const { status, output } = validate(MANIFEST);
    expect(output).toContain('validates');
    expect(status).toBe(0);
  });

  it('asks only for ExcelApi 1.1 and read/write access to the workbook', () => {
    expect(xpath(MANIFEST, `string(//${el('Requirements')}//${el('Set')}[@Name='ExcelApi']/@MinVersion)`)).toBe('1.1');
    expect(xpath(MANIFEST, `string(//${el('Permissions')})`)).toBe('ReadWriteDocument');
    expect(xpath(MANIFEST, `string(/${el('OfficeApp')}/${el('Version')})`)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(xpath(MANIFEST, `string(/${el('OfficeApp')}/${el('Id')})`)).toMatch(
      /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/,
    );
  });

  it('speaks French to French Office: name, description, pane address and every ribbon string', () => {
    for (const path of [
      `/${el('OfficeApp')}/${el('DisplayName')}`,
      `/${el('OfficeApp')}/${el('Description')}`,
      `//${el('DefaultSettings')}/${el('SourceLocation')}`,
    ]) {
      expect(xpath(MANIFEST, `string(${path}/${el('Override')}[@Locale='fr-FR']/@Value)`)).not.toBe('');
    }
    const strings = Number(
      xpath(MANIFEST, `count(//${el('ShortStrings')}/${el('String')} | //${el('LongStrings')}/${el('String')})`),
    );
    const french = Number(
      xpath(
        MANIFEST,
        `count(//${el('ShortStrings')}/${el('String')}[${el('Override')}[@Locale='fr-FR']] | //${el('LongStrings')}/${el('String')}[${el('Override')}[@Locale='fr-FR']])`,
      ),
    );
    expect(strings).toBeGreaterThanOrEqual(3);
    expect(french).toBe(strings);
  });

  it('has a Home-tab button that shows the task pane', () => {
    expect(xpath(MANIFEST, `string(//${el('OfficeTab')}/@id)`)).toBe('TabHome');
    expect(xpath(MANIFEST, `string(//${el('Control')}/${el('Action')}/@*[local-name()='type'])`)).toBe('ShowTaskpane');
  });

  it('points at icons that exist in assets/ as PNGs of the declared size', () => {
    const xml = readFileSync(MANIFEST, 'utf8');
    const icons = [...xml.matchAll(/https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)/g)];
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const [, file, size] of icons) {
      const png = readFileSync(join(ROOT, file!));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height are big-endian at bytes 16 and 20.
      expect(png.readUInt32BE(16)).toBe(Number(size));
      expect(png.readUInt32BE(20)).toBe(Number(size));
    }
  });

  it('uses only HTTPS addresses', () => {
    const xml = readFileSync(MANIFEST, 'utf8');
    expect(xml).not.toMatch(/(Value|DefaultValue)="http:\/\//);
  });
});

describe('scripts/write-manifest.js', () => {
  it('writes a valid manifest for the hosting address, with no development address left', () => {
    const out = join(workDir, 'manifest.xml');
    const result = run('node', [WRITER, '--url', 'https://example.sharepoint.com/sites/vpwg/addin/', '--out', out]);
    expect(result.status).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(xml).not.toContain('localhost');
    expect(xpath(out, `string(//${el('DefaultSettings')}/${el('SourceLocation')}/@DefaultValue)`)).toBe(
      'https://example.sharepoint.com/sites/vpwg/addin/taskpane.html',
    );
    expect(validate(out).status).toBe(0);
  });

  it('takes the address from VPWG_URL too', () => {
    const out = join(workDir, 'env.xml');
    const result = run('node', [WRITER, '--out', out], { ...process.env, VPWG_URL: 'https://vpwg.example.org' });
    expect(result.status).toBe(0);
    expect(xpath(out, `string(//${el('IconUrl')}/@DefaultValue)`)).toBe('https://vpwg.example.org/assets/icon-32.png');
  });

  it('refuses a non-https address with one clear line and writes nothing', () => {
    const out = join(workDir, 'refused.xml');
    const result = run('node', [WRITER, '--url', 'http://example.org/addin', '--out', out], {
      ...process.env,
      VPWG_URL: '',
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/https/);
    expect(existsSync(out)).toBe(false);
  });
});
