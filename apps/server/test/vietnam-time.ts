/** Vietnam local `yyyy-MM-dd HH:mm` (UTC+7) → the instant, for readable test data. */
export function vn(local: string): Date {
  return new Date(`${local.replace(' ', 'T')}:00+07:00`);
}
