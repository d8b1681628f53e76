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
 * Writes the symbols of `text` into `into` from `at` and returns where they end, or -1: symbols
 * whose order (shorter first when one starts the other) is the collator's order of printable
 * ASCII text: each character's rank, and for a run of digits the digits' rank, the run's length
 * without leading zeros and those digits. -1 for any other text. `into` must have room for
 * three symbols a character. The symbols written are marked in `used`.
 */
function symbolsOf(
  text: string,
  ranks: Int32Array,
  marker: number,
  into: Uint8Array,
  at: number,
  used: Uint8Array,
) {
  let out = at;
  for (let next = 0; next < text.length;) {
    const code = text.charCodeAt(next);
    if (code >= 0x30 && code <= 0x39) {
      let end = next;
      while (end < text.length && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39)
        end += 1;
      let start = next;
      while (start < end - 1 && text.charCodeAt(start) === 0x30) start += 1;
      if (end - start >= base) return -1;
      into[out++] = marker;
      into[out++] = end - start;
      used[marker] = 1;
      used[end - start] = 1;
      for (let digit = start; digit < end; digit += 1) {
        const symbol = text.charCodeAt(digit) - 0x2f;
        into[out++] = symbol;
        used[symbol] = 1;
      }
      next = end;
      continue;
    }
    const rank = code < 128 ? (ranks[code] ?? -1) : -1;
    if (rank < 0) return -1;
    into[out++] = rank + 1;
    used[rank + 1] = 1;
    next += 1;
  }
  return out;
}

interface Table {
  ranks: Int32Array;
  marker: number;
}

function compareSymbols(a: Uint8Array, b: Uint8Array): number {
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
  const a = new Uint8Array(64);
  const b = new Uint8Array(64);
  const used = new Uint8Array(base);
  for (const left of probes)
    for (const right of probes) {
      const inA = a.subarray(0, symbolsOf(left, ranks, marker, a, 0, used));
      const inB = b.subarray(0, symbolsOf(right, ranks, marker, b, 0, used));
      if (Math.sign(collator.compare(left, right)) !== Math.sign(compareSymbols(inA, inB))) return;
    }
  return { ranks, marker };
})();

/**
 * Each row's symbols, read as words: numbers of `perWord` symbols each (padded with 0), the
 * symbols renumbered 1… over those the rows use, so that a word holds as many as fit under 2^53
 * beside a row index. A word is made when a sort reads it: the rows beyond the page (`Window`)
 * are mostly read for their first word only.
 */
interface Words {
  /** Row `r`'s symbols are `symbols[ends[r]]` up to `symbols[ends[r + 1]]`. */
  symbols: Uint8Array;
  ends: Int32Array;
  /** A symbol's number in a word. */
  dense: Uint8Array;
  radix: number;
  perWord: number;
  /** The largest word: descending order counts from it. */
  top: number;
  /** 2^bits of a row index: a packed word is `word * shift + row`. */
  shift: number;
}

function wordsOf(texts: string[]): Words | undefined {
  if (!table) return undefined;
  let symbols = new Uint8Array(texts.length * 16);
  const used = new Uint8Array(base);
  const ends = new Int32Array(texts.length + 1);
  for (let row = 0; row < texts.length; row += 1) {
    const text = texts[row] ?? "";
    const from = ends[row] ?? 0;
    if (from + 3 * text.length > symbols.length) {
      const grown = new Uint8Array(Math.max(symbols.length * 2, from + 3 * text.length));
      grown.set(symbols);
      symbols = grown;
    }
    const end = symbolsOf(text, table.ranks, table.marker, symbols, from, used);
    if (end < 0) return undefined;
    ends[row + 1] = end;
  }
  // Renumber the symbols in use 1…, in order: fewer symbols, more of them in a word.
  const dense = new Uint8Array(base);
  let count = 0;
  used.forEach((isUsed, symbol) => {
    if (isUsed) dense[symbol] = count += 1;
  });
  const radix = Math.max(2, count + 1);
  const shift = 2 ** Math.max(1, Math.ceil(Math.log2(texts.length + 1)));
  const perWord = Math.floor(Math.log2(2 ** 53 / shift) / Math.log2(radix));
  if (perWord < 1) return undefined;
  return { symbols, ends, dense, radix, perWord, top: radix ** perWord - 1, shift };
}

/** The positions whose rows must be exact: a page. */
export interface Window {
  from: number;
  to: number;
}

/** Ranges at least this long are ordered by radix passes over the keys, shorter ones natively. */
const radixMin = 16384;
/** A radix pass reads 13 bits of a key: a key's low 26 bits and the rest, as integers. */
const digitBits = 13;
const digitMask = (1 << digitBits) - 1;
const lowSpan = 2 ** (2 * digitBits);

/** Scratch for radix passes, as long as the list: rows and the keys' two halves, twice. */
interface Scratch {
  rows: Int32Array;
  lows: Int32Array;
  highs: Int32Array;
  rowsTo: Int32Array;
  lowsTo: Int32Array;
  highsTo: Int32Array;
  counts: Int32Array;
}

function scratchFor(length: number): Scratch {
  return {
    rows: new Int32Array(length),
    lows: new Int32Array(length),
    highs: new Int32Array(length),
    rowsTo: new Int32Array(length),
    lowsTo: new Int32Array(length),
    highsTo: new Int32Array(length),
    counts: new Int32Array(1 << digitBits),
  };
}

/**
 * One stable counting pass of `count` entries of `scratch` by the 13 bits of `digits` from
 * `bit`, into the `…To` arrays. False (nothing moved) when every entry has the same digit.
 */
function radixPass(scratch: Scratch, count: number, digits: Int32Array, bit: number): boolean {
  const { counts, rows, lows, highs, rowsTo, lowsTo, highsTo } = scratch;
  counts.fill(0);
  for (let at = 0; at < count; at += 1) {
    const digit = ((digits[at] ?? 0) >>> bit) & digitMask;
    counts[digit] = (counts[digit] ?? 0) + 1;
  }
  let sum = 0;
  for (let digit = 0; digit <= digitMask; digit += 1) {
    const here = counts[digit] ?? 0;
    if (here === count) return false;
    counts[digit] = sum;
    sum += here;
  }
  for (let at = 0; at < count; at += 1) {
    const digit = ((digits[at] ?? 0) >>> bit) & digitMask;
    const to = counts[digit] ?? 0;
    counts[digit] = to + 1;
    rowsTo[to] = rows[at] ?? 0;
    lowsTo[to] = lows[at] ?? 0;
    highsTo[to] = highs[at] ?? 0;
  }
  scratch.rows = rowsTo;
  scratch.rowsTo = rows;
  scratch.lows = lowsTo;
  scratch.lowsTo = lows;
  scratch.highs = highsTo;
  scratch.highsTo = highs;
  return true;
}

/**
 * Orders `order[lo..hi)` by the keys in `packed[lo..hi)`, ties in their order, with
 * least-significant-digit radix passes (a native sort of 100,000 numbers costs several times
 * more), then packs each key with its row as `sortRange` expects.
 */
function radixRange(
  order: Float64Array,
  packed: Float64Array,
  lo: number,
  hi: number,
  shift: number,
  scratch: Scratch,
): void {
  const count = hi - lo;
  let topHigh = 0;
  for (let at = 0; at < count; at += 1) {
    const key = packed[lo + at] ?? 0;
    const high = Math.floor(key / lowSpan);
    scratch.rows[at] = order[lo + at] ?? 0;
    scratch.lows[at] = key - high * lowSpan;
    scratch.highs[at] = high;
    if (high > topHigh) topHigh = high;
  }
  radixPass(scratch, count, scratch.lows, 0);
  radixPass(scratch, count, scratch.lows, digitBits);
  for (let bit = 0; bit < 31 && topHigh >>> bit > 0; bit += digitBits)
    radixPass(scratch, count, scratch.highs, bit);
  const { rows, lows, highs } = scratch;
  for (let at = 0; at < count; at += 1) {
    const row = rows[at] ?? 0;
    order[lo + at] = row;
    packed[lo + at] = ((highs[at] ?? 0) * lowSpan + (lows[at] ?? 0)) * shift + row;
  }
}

/**
 * Sorts `order[lo..hi)` (row indexes, ascending) in place by the rows' words from `level` on:
 * a sort of word and row packed in one number (`packed`, scratch), then each run of equal
 * words by the next word. `descending` counts each word down from `top`. Long ranges are
 * sorted by radix passes (`scratch`), short ones by the native sort.
 */
function sortRange(
  order: Float64Array,
  packed: Float64Array,
  lo: number,
  hi: number,
  level: number,
  words: Words,
  descending: boolean,
  scratch: Scratch,
  window: Window,
): void {
  const { symbols, ends, dense, radix: symbolRadix, perWord, shift, top } = words;
  const radix = hi - lo >= radixMin;
  let first = 0;
  let same = true;
  let deeper = false;
  for (let at = lo; at < hi; at += 1) {
    const row = order[at] ?? 0;
    const from = (ends[row] ?? 0) + level * perWord;
    const end = ends[row + 1] ?? 0;
    let word = 0;
    for (let symbol = from; symbol < from + perWord; symbol += 1)
      word = word * symbolRadix + (symbol < end ? (dense[symbols[symbol] ?? 0] ?? 0) : 0);
    const key = descending ? top - word : word;
    packed[at] = radix ? key : key * shift + row;
    if (at === lo) first = key;
    same &&= key === first;
    deeper ||= from + perWord < end;
  }
  // One word for the whole range (a shared start): on to the next word, in the same order.
  if (same) {
    if (deeper) sortRange(order, packed, lo, hi, level + 1, words, descending, scratch, window);
    return;
  }
  if (radix) radixRange(order, packed, lo, hi, shift, scratch);
  else {
    packed.subarray(lo, hi).sort();
    for (let at = lo; at < hi; at += 1) order[at] = (packed[at] ?? 0) % shift;
  }
  if (!deeper) return;
  for (let run = lo; run < hi;) {
    const key = (packed[run] ?? 0) - (order[run] ?? 0);
    let end = run + 1;
    while (end < hi && (packed[end] ?? 0) - (order[end] ?? 0) === key) end += 1;
    // A run wholly outside the window keeps its place, unordered within.
    if (end - run > 1 && end > window.from && run < window.to)
      sortRange(order, packed, run, end, level + 1, words, descending, scratch, window);
    run = end;
  }
}

/** The fast path of `sortedOrder` for text, or undefined when a text is not printable ASCII. */
function fastOrder(
  texts: string[],
  direction: 1 | -1,
  window: Window,
): ArrayLike<number> | undefined {
  const words = wordsOf(texts);
  if (!words) return undefined;
  const order = new Float64Array(texts.length);
  for (let at = 0; at < order.length; at += 1) order[at] = at;
  const packed = new Float64Array(texts.length);
  const scratch = scratchFor(texts.length >= radixMin ? texts.length : 0);
  sortRange(order, packed, 0, texts.length, 0, words, direction === -1, scratch, window);
  return order;
}

/**
 * The rows' positions in sorted order: by `texts[i]` (each row's cell text), ascending for
 * `direction` 1 and descending for -1, ties keeping the rows' order. The same order as sorting
 * the rows with `direction * collator.compare(a, b)` (or the difference of the numbers), at
 * least at the positions of `window` (a page): elsewhere a run of rows that share a start may
 * be left in the rows' order, so the rows beyond the page cost less.
 */
export function sortedOrder(
  texts: string[],
  kind: SortKind,
  direction: 1 | -1,
  window: Window = { from: 0, to: texts.length },
): ArrayLike<number> {
  if (kind === "digit") {
    const numbers = texts.map(digitValue);
    const order = texts.map((_, index) => index);
    return order.sort((a, b) => direction * ((numbers[a] ?? 0) - (numbers[b] ?? 0)));
  }
  const fast = fastOrder(texts, direction, window);
  if (fast) return fast;
  const order = texts.map((_, index) => index);
  return order.sort((a, b) => direction * collator.compare(texts[a] ?? "", texts[b] ?? ""));
}
