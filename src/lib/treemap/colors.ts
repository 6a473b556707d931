/**
 * Fills for the top-level categories, dark enough that white labels keep a contrast of at least
 * 4.5:1 (WCAG AA); the test checks every one. The gap (未列明明细) is grey, set apart.
 */
export const PALETTE = ["#1f4e79", "#7b2d26", "#2e6b30", "#5b3a84", "#7a4f00", "#00616b", "#8c2155", "#3f4a57", "#4d5e16", "#704214"];
export const GAP_FILL = "#5c5c5c";
export const LABEL = "#ffffff";

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
