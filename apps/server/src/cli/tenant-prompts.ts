import path from 'node:path';
import { createInterface } from 'node:readline';
import { readCatalogFile, type BundleSource } from '../modules/onboarding/index.ts';
import { CliError } from './cli-error.ts';

type Ask = (question: string, fallback?: string) => Promise<string>;

/** Questions on stderr, answers from stdin line by line (typed, or piped from a file). */
function asker(): { ask: Ask; close: () => void } {
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask: Ask = async (question, fallback) => {
    process.stderr.write(fallback ? `${question} [${fallback}]: ` : `${question}: `);
    const next = await lines.next();
    if (next.done === true) throw new CliError('không đủ câu trả lời / input ended before every answer was given');
    const answer = next.value.normalize('NFC').trim();
    return answer === '' ? (fallback ?? '') : answer;
  };
  return { ask, close: () => rl.close() };
}

function csv(file: string, header: string[], row: string[]): NonNullable<BundleSource['units']> {
  return { file, header, rows: [{ line: 2, value: Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])) }] };
}

async function catalogAnswer(file: string): Promise<BundleSource['catalog']> {
  const name = path.basename(file);
  try {
    const { records, readProblems } = await readCatalogFile(file);
    return { file: name, records, readProblems: readProblems.map((p) => ({ file: name, ...p })) };
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * Asks for the essentials of a province — identity, branding, the provincial centre and its first
 * admin, optionally a catalogue file — and returns them as a bundle for the same checks and load as
 * `--bundle`. The admin gets a generated password; units, officers, calendar days and the Zalo OA
 * are added later in the console.
 */
export async function askForProvince(): Promise<BundleSource> {
  const { ask, close } = asker();
  try {
    process.stderr.write('Tạo tỉnh mới / New province (Enter = giá trị trong [ ])\n');
    const slug = await ask('Mã đường dẫn / slug (vd. quang-ngai)');
    const name = await ask('Tên tỉnh / name (vd. Tỉnh Quảng Ngãi)');
    const nationalCode = await ask('Mã tỉnh theo QĐ 19/2025 / province code (2 chữ số)');
    const displayName = await ask('Tên hiển thị / display name', `Cổng hành chính công ${name}`);
    const primary = await ask('Màu chính / primary colour', '#0068ff');
    const centreEid = await ask('Mã định danh điện tử của Trung tâm PVHCC tỉnh / centre e-ID (vd. 000.00.00.H51)');
    const centreName = await ask('Tên trung tâm / centre name', `Trung tâm Phục vụ hành chính công ${name}`);
    const admin = await ask('Tên đăng nhập quản trị / admin username', `admin@${slug}`);
    const adminName = await ask('Họ tên quản trị / admin full name');
    const catalog = await ask('Tệp danh mục thủ tục / catalogue file (.csv, .json, .jsonl; Enter = bỏ qua)', '');
    return {
      name: 'câu trả lời / answers',
      tenant: { file: 'answers', value: { slug, name, nationalCode, branding: { displayName, colors: { primary } } } },
      logo: undefined,
      units: csv(
        'answers',
        ['eid', 'kind', 'name', 'admin_unit_code'],
        [centreEid, 'service_centre', centreName, nationalCode],
      ),
      officers: csv(
        'answers',
        ['username', 'full_name', 'unit_eid', 'roles'],
        [admin, adminName, centreEid, `admin:${centreEid}`],
      ),
      calendar: undefined,
      channels: undefined,
      catalog: catalog ? await catalogAnswer(catalog) : undefined,
      adminUnits: undefined,
      unreadable: [],
    };
  } finally {
    close();
  }
}
