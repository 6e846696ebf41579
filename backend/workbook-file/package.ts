import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

/** Why a file could not be read, in words for the person who uploaded it. */
export class WorkbookFileError extends Error {}

/** What one upload may unpack to: well above any real interview workbook, far below what hurts a server. */
export const PACKAGE_LIMITS = { entries: 4_000, entryBytes: 48 * 1024 * 1024, totalBytes: 96 * 1024 * 1024, cells: 100_000 } as const;

/**
 * The cells a sheet part declares (`<c …>` elements), counted by position before any parser sees the part:
 * the count bounds the time a file can take (100,000 cells: under a second here, `authoring.read_xlsx_100k_cells_ms`).
 */
export function declaredCells(xml: string): number {
  let n = 0;
  for (let at = xml.indexOf('<c'); at >= 0; at = xml.indexOf('<c', at + 2)) {
    const next = xml.charCodeAt(at + 2);
    if (next === 32 || next === 62 || next === 47) n += 1; // '<c ', '<c>', '<c/'
  }
  return n;
}

/** The parts of an .xlsx package, by path, unpacked within PACKAGE_LIMITS (a zip bomb is refused, not inflated). */
export function unpack(bytes: Uint8Array): Map<string, Uint8Array> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new WorkbookFileError('This is not an .xlsx workbook (an .xlsx file is a zip package; save the file as Excel Workbook).');
  let entries = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        total += file.originalSize;
        if (entries > PACKAGE_LIMITS.entries || file.originalSize > PACKAGE_LIMITS.entryBytes || total > PACKAGE_LIMITS.totalBytes)
          throw new WorkbookFileError(
            `The workbook unpacks to more than ${PACKAGE_LIMITS.totalBytes / 1024 / 1024} MB or ${PACKAGE_LIMITS.entries} parts; interview workbooks are far smaller.`,
          );
        return true;
      },
    });
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    throw new WorkbookFileError(`The workbook's zip package is damaged: ${(error as Error).message}.`);
  }
  // A part's declared size is the zip's word; the inflated bytes are the truth.
  const inflated = Object.values(files).reduce((sum, f) => sum + f.length, 0);
  if (inflated > PACKAGE_LIMITS.totalBytes)
    throw new WorkbookFileError('The workbook unpacks to more than its parts declare; it is refused.');
  if (!files['xl/workbook.xml']) throw new WorkbookFileError('This zip holds no Excel workbook (xl/workbook.xml is missing).');
  return new Map(Object.entries(files));
}

/** Elements that may repeat, so they are always arrays after parsing whatever their count. */
const REPEATED = new Set([
  'sheet',
  'Relationship',
  'pivotField',
  'field',
  'pageField',
  'dataField',
  'cacheField',
  'pivotCache',
  'definedName',
  'ser',
  'pt',
  'p',
  'r',
  'conditionalFormatting',
  'cfRule',
  'formula',
  'dataValidation',
  'graphicFrame',
  'twoCellAnchor',
  'oneCellAnchor',
  'absoluteAnchor',
  'barChart',
  'bar3DChart',
  'lineChart',
  'line3DChart',
  'pieChart',
  'pie3DChart',
  'doughnutChart',
  'areaChart',
  'area3DChart',
  'scatterChart',
  'radarChart',
  'bubbleChart',
  'item',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => REPEATED.has(name),
});

/** A parsed XML element: attributes and child elements by name (namespace prefixes dropped), text as `#text`. */
export type XmlNode = { readonly [name: string]: unknown };

const isNode = (v: unknown): v is XmlNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The element at a path of child names (the first of each when an element repeats), or undefined. */
export function child(node: unknown, ...path: string[]): XmlNode | undefined {
  let at: unknown = node;
  for (const name of path) {
    const next: unknown = isNode(at) ? at[name] : undefined;
    at = Array.isArray(next) ? (next as unknown[])[0] : next;
  }
  return isNode(at) ? at : undefined;
}

/** Every child element of that name, whether it occurs once or many times. */
export function children(node: unknown, name: string): XmlNode[] {
  const value: unknown = isNode(node) ? node[name] : undefined;
  return (Array.isArray(value) ? (value as unknown[]) : [value]).filter(isNode);
}

/** A value's text: an attribute or text-only element is a string already, an element with attributes keeps it in `#text`. */
function textOf(v: unknown): string | undefined {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  const text = isNode(v) ? v['#text'] : undefined;
  return typeof text === 'string' || typeof text === 'number' ? String(text) : undefined;
}

/** An attribute's or a text-only child's value, or the text of an element with attributes; undefined when absent. */
export function attr(node: unknown, name: string): string | undefined {
  const value: unknown = isNode(node) ? node[name] : undefined;
  return textOf(Array.isArray(value) ? (value as unknown[])[0] : value);
}

/** The text of every child element of that name (`<formula>` repeated), in order. */
export function texts(node: unknown, name: string): string[] {
  const value: unknown = isNode(node) ? node[name] : undefined;
  return (Array.isArray(value) ? (value as unknown[]) : [value]).flatMap((v) => textOf(v) ?? []);
}

/** An XML part as plain objects, or null when absent. */
export function xmlPart(parts: Map<string, Uint8Array>, path: string): XmlNode | null {
  const bytes = parts.get(path);
  if (!bytes) return null;
  return parseXml(new TextDecoder().decode(bytes), path);
}

export function parseXml(text: string, where: string): XmlNode {
  // Package parts never declare a DOCTYPE; one that does is refused rather than expanded.
  if (/<!DOCTYPE/i.test(text.slice(0, 2_000))) throw new WorkbookFileError(`The workbook part ${where} declares a DOCTYPE; it is refused.`);
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    throw new WorkbookFileError(`The workbook part ${where} is not well-formed XML: ${(error as Error).message}.`);
  }
}

/** The relationships of a part, by id: `xl/worksheets/sheet1.xml` → its `_rels/sheet1.xml.rels`, targets resolved to package paths. */
export function relationsOf(parts: Map<string, Uint8Array>, path: string): Map<string, { type: string; target: string }> {
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash);
  const rels = xmlPart(parts, `${dir}/_rels/${path.slice(slash + 1)}.rels`);
  const out = new Map<string, { type: string; target: string }>();
  for (const rel of children(child(rels, 'Relationships'), 'Relationship')) {
    out.set(attr(rel, 'Id') ?? '', {
      type: (attr(rel, 'Type') ?? '').replace(/^.*\//, ''),
      target: resolvePath(dir, attr(rel, 'Target') ?? ''),
    });
  }
  return out;
}

function resolvePath(dir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = dir.split('/');
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

/** The workbook's sheets in order, with the package path of each. */
export function sheetParts(parts: Map<string, Uint8Array>): { name: string; path: string; state: string }[] {
  const workbook = xmlPart(parts, 'xl/workbook.xml');
  const rels = relationsOf(parts, 'xl/workbook.xml');
  return children(child(workbook, 'workbook', 'sheets'), 'sheet').map((s) => ({
    name: attr(s, 'name') ?? '',
    path: rels.get(attr(s, 'id') ?? '')?.target ?? '',
    state: attr(s, 'state') ?? 'visible',
  }));
}

/** `Sheet 1` → `'Sheet 1'`, as Excel writes a sheet name in an address. */
export const quoteSheet = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
