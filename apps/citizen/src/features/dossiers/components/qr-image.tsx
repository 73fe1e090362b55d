import { useEffect, useState } from 'react';

/**
 * The receipt's QR drawn on the phone (SVG, so it stays sharp when zoomed or printed); the
 * encoder is loaded only when a QR is shown.
 */
export function QrImage({ url, label }: { url: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode')
      .then((qrcode) => qrcode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then(
        (text) => {
          if (live) setSvg(text);
        },
        () => {
          if (live) setSvg(null);
        },
      );
    return () => {
      live = false;
    };
  }, [url]);
  if (svg === null) return null;
  return (
    <img
      className="qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={label}
      width={200}
      height={200}
      data-testid="receipt-qr"
    />
  );
}
