/** Formatting of numbers and arrays inside measure expressions (`expr`), round-trip exact. */

/** Shortest decimal that reads back to the same double (`String` does this for finite numbers). */
export const formatNumber = (x: number): string => (Object.is(x, -0) ? "0" : String(x));

/** `[x0,x1,…]` with round-trip exact entries. */
export const formatArray = (xs: ArrayLike<number>): string => {
  const parts: string[] = [];
  for (let i = 0; i < xs.length; i++) parts.push(formatNumber(xs[i]));
  return `[${parts.join(",")}]`;
};
