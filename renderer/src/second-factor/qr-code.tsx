import { SvgPicture } from '../ui/svg-picture.tsx';

/**
 * Draws the QR code main sends as module rows ('1' dark): plain SVG rectangles, so no markup
 * from a server ever reaches the page. A 4-module quiet zone, as the QR standard asks.
 */
export function QrCode({ rows, label }: { rows: string[]; label: string }) {
  const quiet = 4;
  const size = rows.length + quiet * 2;
  const cells: string[] = [];
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (row[x] === '1') cells.push(`M${x + quiet} ${y + quiet}h1v1h-1z`);
    }
  });
  return (
    <SvgPicture
      className="qr-code"
      label={label}
      box={[size, size]}
      width={size * 5}
      height={size * 5}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={cells.join('')} fill="#000" />
    </SvgPicture>
  );
}
