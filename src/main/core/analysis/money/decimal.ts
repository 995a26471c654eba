/**
 * "2.8" × 10^6 as a number without binary rounding (2.8 * 1e6 is exact, 1.1 * 1e6 is not):
 * the decimal point is moved in the digits, then the digits are read once.
 */
export function scaleDecimal(digits: string, powerOfTen: number): number {
  const [whole = '0', fraction = ''] = digits.replace(/,/g, '').split('.');
  if (powerOfTen >= fraction.length) return Number(whole + fraction + '0'.repeat(powerOfTen - fraction.length));
  return Number(`${whole}${fraction.slice(0, powerOfTen)}.${fraction.slice(powerOfTen)}`);
}
