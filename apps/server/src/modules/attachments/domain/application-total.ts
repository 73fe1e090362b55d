/** The dossier's total, within the limit or not. */
export type ApplicationTotal =
  { ok: true; totalBytes: number } | { ok: false; reason: 'too_large'; totalBytes: number; maxBytes: number };

/**
 * Sums the stored sizes of a dossier's files against the per-dossier limit. Each upload counts
 * once, however many documents it is attached to.
 */
export function decideApplicationTotal(
  uploads: readonly { id: string; size: number }[],
  maxBytes: number,
): ApplicationTotal {
  const sizes = new Map(uploads.map((u) => [u.id, u.size]));
  let totalBytes = 0;
  for (const size of sizes.values()) totalBytes += size;
  return totalBytes > maxBytes ? { ok: false, reason: 'too_large', totalBytes, maxBytes } : { ok: true, totalBytes };
}
