/**
 * The rows of a province bundle's CSV files as the modules that load them want them. Pure: the
 * bundle's files are read elsewhere; this only maps cells and names what is wrong with them.
 */

/** One problem of a bundle: the file, a line or a JSON pointer in it, and what is wrong (vi — en). */
export interface BundleProblem {
  file: string;
  line?: number;
  pointer?: string;
  message: string;
}

export const UNIT_COLUMNS = [
  'eid',
  'kind',
  'name',
  'short_name',
  'parent_eid',
  'admin_unit_code',
  'address',
  'phone',
] as const;
export const OFFICER_COLUMNS = ['username', 'full_name', 'unit_eid', 'roles', 'password_hash'] as const;

/** Header problems of a CSV file: unknown columns and missing required ones. */
export function headerProblems(
  file: string,
  header: readonly string[],
  known: readonly string[],
  required: readonly string[],
): BundleProblem[] {
  const problems: BundleProblem[] = [];
  for (const name of header) {
    if (!known.includes(name)) {
      problems.push({ file, line: 1, message: `cột "${name}" không có trong mẫu — unknown column "${name}"` });
    }
  }
  for (const name of required) {
    if (!header.includes(name)) {
      problems.push({ file, line: 1, message: `thiếu cột "${name}" — missing column "${name}"` });
    }
  }
  return problems;
}

function optional(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** A units.csv row as the tenants module's unit input (checked there). */
export function unitFromRow(cells: Record<string, string>): Record<string, string> {
  const unit: Record<string, string> = {};
  const fields = {
    eid: cells['eid'],
    kind: cells['kind'],
    name: cells['name'],
    shortName: optional(cells['short_name']),
    parentEid: optional(cells['parent_eid']),
    adminUnitCode: optional(cells['admin_unit_code']),
    address: optional(cells['address']),
    phone: optional(cells['phone']),
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) unit[key] = value;
  return unit;
}

export interface OfficerRow {
  username: string;
  fullName: string;
  unitEid: string;
  roles: { unitEid: string; role: string }[];
  passwordHash: string | undefined;
}

/**
 * An officers.csv row: roles as `role:unit-eid` separated by `;` or spaces, e.g.
 * `intake:000.00.00.H51; processor:000.20.01.H51`. A malformed grant is a problem of the row.
 */
export function officerFromRow(cells: Record<string, string>): { officer: OfficerRow; problems: string[] } {
  const problems: string[] = [];
  const roles = (cells['roles'] ?? '')
    .split(/[;\s]+/)
    .filter((g) => g.length > 0)
    .flatMap((grant) => {
      const at = grant.indexOf(':');
      if (at <= 0 || at === grant.length - 1) {
        problems.push(`roles: "${grant}" phải có dạng vai-trò:mã-đơn-vị — expected role:unit-eid`);
        return [];
      }
      return [{ role: grant.slice(0, at), unitEid: grant.slice(at + 1) }];
    });
  return {
    officer: {
      username: cells['username'] ?? '',
      fullName: cells['full_name'] ?? '',
      unitEid: cells['unit_eid'] ?? '',
      roles,
      passwordHash: optional(cells['password_hash']),
    },
    problems,
  };
}

/** The image type of a logo from its first bytes, or undefined when it is none we accept. */
export function logoType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'image/svg+xml' | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const head = new TextDecoder().decode(bytes.slice(0, 512)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(head)) return 'image/svg+xml';
  return undefined;
}

/** An SVG logo may not carry scripts or event handlers: it is served to browsers. */
export function isSafeSvg(text: string): boolean {
  return !/<script|\son[a-z]+\s*=|javascript:|<foreignObject/i.test(text);
}

/** Names of environment variables that hold secrets: upper case, digits and underscores. */
export const ENV_NAME = /^[A-Z][A-Z0-9_]{1,63}$/;

/** `Giá trị không hợp lệ — <English detail>`: every message of a bundle check is bilingual. */
export function invalid(detail: string): string {
  return `giá trị không hợp lệ — ${detail}`;
}
