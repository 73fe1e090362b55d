/** Lower-case ASCII with single spaces: "Phường Bến Thành" and "phuong ben thanh" read alike. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface CommuneName {
  code: string;
  /** With its type: "Phường Bến Thành", "Xã Tân Biên", "Đặc khu Côn Đảo". */
  fullName: string;
}

/**
 * The commune an address a person shared names, among the province's communes: the longest full
 * name ("Xã Tân Biên", with its type, so "Tân Biên" the old district does not match) found as whole
 * words in the address. Undefined when none or when two different communes match equally.
 */
export function communeOf(address: string, communes: readonly CommuneName[]): string | undefined {
  const text = ` ${fold(address)} `;
  if (text.trim() === '') return undefined;
  let best: { code: string; length: number } | undefined;
  let tie = false;
  for (const commune of communes) {
    const name = fold(commune.fullName);
    if (name === '' || !text.includes(` ${name} `)) continue;
    if (!best || name.length > best.length) {
      best = { code: commune.code, length: name.length };
      tie = false;
    } else if (name.length === best.length && commune.code !== best.code) tie = true;
  }
  return best && !tie ? best.code : undefined;
}
