/**
 * A dossier code (`000.20.01.H53-261124-0001`) as citizens read it out and type it: one unbroken
 * word in a fixed-width face, so a narrow phone never splits it over two lines.
 */
export function DossierCode({ code, className }: { code: string; className?: string }) {
  return (
    <span className={className ? `dossier-code ${className}` : 'dossier-code'} translate="no">
      {code}
    </span>
  );
}
