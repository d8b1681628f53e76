const classes: Record<string, RegExp> = { "9": /\d/, a: /\p{L}/u, "*": /[\p{L}\d]/u };

/**
 * Whether a value breaks an input mask (`input@mask`, §6.3): `9` a digit, `a` a letter, `*`
 * either, anything else itself. The panel checks again; this only says so before sending.
 */
export function maskMismatch(mask: string, value: string): boolean {
  if (value.length !== mask.length) return true;
  for (let index = 0; index < mask.length; index += 1) {
    const symbol = mask.charAt(index);
    const char = value.charAt(index);
    const pattern = Object.hasOwn(classes, symbol) ? classes[symbol] : undefined;
    if (pattern ? !pattern.test(char) : char !== symbol) return true;
  }
  return false;
}
