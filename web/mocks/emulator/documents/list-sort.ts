/**
 * The order of a list's rows by one column, as the panel sorts: text by a collator (numbers in
 * text by value, case and accents ignored), `digit` columns by their number, ties in the rows'
 * own order. A list's rows are sorted once per request, 100,000 servers included.
 */

/** One collator for every comparison: `localeCompare` with options builds one per call. */
export const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

export type SortKind = "alpha" | "digit";

/** A `digit` cell's number: what it starts with, 0 when it is not a number. */
export function digitValue(text: string): number {
  return Number.parseFloat(text) || 0;
}

/**
 * Printable ASCII other than digits, each with its rank in the collator's order (equal ranks for
 * what it takes as equal, such as a letter's two cases), and the rank of a run of digits.
 */
function rankTable(): { ranks: Int32Array; digitRank: number } | undefined {
  const chars: string[] = [];
  for (let code = 0x20; code < 0x7f; code += 1) {
    const char = String.fromCharCode(code);
    // Every digit stands where "0" does: nothing else sorts between "0" and "9".
    if (char === "0" || char < "0" || char > "9") chars.push(char);
    if (
      collator.compare(char, "0") !== collator.compare(char, "9") &&
      !(char >= "0" && char <= "9")
    )
      return undefined;
  }
  chars.sort((a, b) => collator.compare(a, b));
  const ranks = new Int32Array(128).fill(-1);
  let rank = 0;
  chars.forEach((char, index) => {
    const previous = chars[index - 1];
    if (previous !== undefined && collator.compare(previous, char) !== 0) rank += 1;
    ranks[char.charCodeAt(0)] = rank;
  });
  const digitRank = ranks[0x30] ?? -1;
  ranks.fill(-1, 0x30, 0x3a);
  return { ranks, digitRank };
}

/** Symbols are 1–127 (0 ends a text), seven bits each; runs of more digits take the slow path. */
const base = 128;

/**
 * The symbols of `text` whose order (shorter first when one starts the other) is the collator's
 * order of printable ASCII text: each character's rank, and for a run of digits the digits' rank,
 * the run's length without leading zeros and those digits. False for any other text.
 */
function symbolsOf(text: string, ranks: Int32Array, marker: number, into: number[]): boolean {
  into.length = 0;
  for (let at = 0; at < text.length;) {
    const code = text.charCodeAt(at);
    if (code >= 0x30 && code <= 0x39) {
      let end = at;
      while (end < text.length && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39)
        end += 1;
      let start = at;
      while (start < end - 1 && text.charCodeAt(start) === 0x30) start += 1;
      if (end - start >= base) return false;
      into.push(marker, end - start);
      for (let digit = start; digit < end; digit += 1) into.push(text.charCodeAt(digit) - 0x2f);
      at = end;
      continue;
    }
    const rank = code < 128 ? (ranks[code] ?? -1) : -1;
    if (rank < 0) return false;
    into.push(rank + 1);
    at += 1;
  }
  return true;
}

interface Table {
  ranks: Int32Array;
  marker: number;
}

function compareSymbols(a: number[], b: number[]): number {
  for (let at = 0; at < Math.min(a.length, b.length); at += 1)
    if (a[at] !== b[at]) return (a[at] ?? 0) - (b[at] ?? 0);
  return a.length - b.length;
}

/** Texts whose symbols must order as the collator does, checked once: else the slow path. */
const probes = [
  ...["", " ", "a", "A", "b", "Zz", "z~", "_", "-", "a-b", "ab", "a b", "a_b", "a.b", "a1", "a01"],
  ...["a2", "a10", "1.5", "1.10", "x9y", "x10", "S-R10-01-7", "S-R9-01-70", "0", "00", "007"],
];

const table = ((): Table | undefined => {
  const found = rankTable();
  if (!found || found.digitRank + 1 >= base) return undefined;
  const ranks = found.ranks;
  if (ranks.some((rank) => rank + 1 >= base)) return undefined;
  const marker = found.digitRank + 1;
  const a: number[] = [];
  const b: number[] = [];
  for (const left of probes)
    for (const right of probes) {
      symbolsOf(left, ranks, marker, a);
      symbolsOf(right, ranks, marker, b);
      if (Math.sign(collator.compare(left, right)) !== Math.sign(compareSymbols(a, b))) return;
    }
  return { ranks, marker };
})();

/** Each row's symbols as words of `perWord` symbols (base 128, padded with 0): `words[row]`. */
interface Words {
  /** Row `r`'s words are `flat[start[r]]` up to `flat[start[r + 1]]`. */
  flat: Float64Array;
  start: Int32Array;
}

function wordsOf(texts: string[], perWord: number): Words | undefined {
  if (!table) return undefined;
  const symbols: number[] = [];
  let flat = new Float64Array(texts.length * 4);
  const start = new Int32Array(texts.length + 1);
  let used = 0;
  for (let row = 0; row < texts.length; row += 1) {
    if (!symbolsOf(texts[row] ?? "", table.ranks, table.marker, symbols)) return undefined;
    const count = Math.ceil(symbols.length / perWord);
    if (used + count > flat.length) {
      const grown = new Float64Array(Math.max(flat.length * 2, used + count));
      grown.set(flat);
      flat = grown;
    }
    for (let at = 0; at < symbols.length; at += perWord) {
      let word = 0;
      for (let next = at; next < at + perWord; next += 1) word = word * base + (symbols[next] ?? 0);
      flat[used] = word;
      used += 1;
    }
    start[row + 1] = used;
  }
  return { flat, start };
}

/**
 * Sorts `group` (row indexes, ascending) in place by the rows' words from `level` on: a native
 * sort of word and index packed in one number, then each run of equal words by the next word.
 */
function sortByWords(group: Float64Array, level: number, words: Words, shift: number, top: number) {
  const { flat, start } = words;
  const packed = new Float64Array(group.length);
  let first = -1;
  let same = true;
  let deeper = false;
  for (let at = 0; at < group.length; at += 1) {
    const row = group[at] ?? 0;
    const from = (start[row] ?? 0) + level;
    const end = start[row + 1] ?? 0;
    const word = from < end ? (flat[from] ?? 0) : 0;
    const flipped = top < 0 ? word : top - word;
    packed[at] = flipped * shift + row;
    if (at === 0) first = flipped;
    same &&= flipped === first;
    deeper ||= from + 1 < end;
  }
  if (!deeper) {
    if (!same) sortRun(packed, group, shift);
    return;
  }
  // One word for the whole group (a shared start): on to the next word, in the same order.
  if (same) {
    sortByWords(group, level + 1, words, shift, top);
    return;
  }
  sortRun(packed, group, shift);
  for (let run = 0; run < packed.length;) {
    const word = (packed[run] ?? 0) - (group[run] ?? 0);
    let end = run + 1;
    while (end < packed.length && (packed[end] ?? 0) - (group[end] ?? 0) === word) end += 1;
    if (end - run > 1) sortByWords(group.subarray(run, end), level + 1, words, shift, top);
    run = end;
  }
}

/** Sorts the packed words natively and reads the rows back out of them into `group`. */
function sortRun(packed: Float64Array, group: Float64Array, shift: number): void {
  packed.sort();
  for (let at = 0; at < packed.length; at += 1) group[at] = (packed[at] ?? 0) % shift;
}

/** The fast path of `sortedOrder` for text, or undefined when a text is not printable ASCII. */
function fastOrder(texts: string[], direction: 1 | -1): ArrayLike<number> | undefined {
  const indexBits = Math.max(1, Math.ceil(Math.log2(texts.length + 1)));
  const perWord = Math.floor((53 - indexBits) / 7);
  const words = perWord > 0 ? wordsOf(texts, perWord) : undefined;
  if (!words) return undefined;
  const order = new Float64Array(texts.length);
  for (let at = 0; at < order.length; at += 1) order[at] = at;
  // Descending: each word from the largest one (-1 keeps them as they are).
  sortByWords(order, 0, words, 2 ** indexBits, direction === 1 ? -1 : base ** perWord - 1);
  return order;
}

/**
 * The rows' positions in sorted order: by `texts[i]` (each row's cell text), ascending for
 * `direction` 1 and descending for -1, ties keeping the rows' order. The same order as sorting
 * the rows with `direction * collator.compare(a, b)` (or the difference of the numbers).
 */
export function sortedOrder(texts: string[], kind: SortKind, direction: 1 | -1): ArrayLike<number> {
  const order = texts.map((_, index) => index);
  if (kind === "digit") {
    const numbers = texts.map(digitValue);
    return order.sort((a, b) => direction * ((numbers[a] ?? 0) - (numbers[b] ?? 0)));
  }
  return (
    fastOrder(texts, direction) ??
    order.sort((a, b) => direction * collator.compare(texts[a] ?? "", texts[b] ?? ""))
  );
}
