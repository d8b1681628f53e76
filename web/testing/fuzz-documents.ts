/**
 * The fuzz generator shared by the parser fuzz test (web/xjson/fuzz.test.ts) and the view fuzz
 * test (web/views/page-view.fuzz.test.tsx), issue #7: a seeded mulberry32 generator and the
 * mutations it applies to a real reply's JSON text (dropped keys, `null`, scalars and arrays where
 * nodes were, `__proto__` and friends as keys and as `$name`s, 10,000-deep nesting). Only tests
 * import it.
 */
const DEPTH = 10_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = Record<string, Json>;

/** mulberry32: small, fast and deterministic, so a failure can be replayed from the seed. */
export function mulberry32(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}
export type Random = ReturnType<typeof mulberry32>;

/** Names that mean something to Object: as keys and `$name`s they must stay plain names. */
export const dangerous = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "prototype",
  "isPrototypeOf",
  "__defineGetter__",
] as const;
const keyMarker = (name: string) => `__fz_key:${name}__`;
const deepMarker = (index: number) => `__fz_deep:${index}__`;

/** 10,000 levels of the same key (bands in bands, doc in doc, node in node) or of arrays. */
function deepText(random: Random, key: string): string {
  const kind = random.int(4);
  if (kind === 0) return `${"[".repeat(DEPTH)}"x"${"]".repeat(DEPTH)}`;
  if (kind === 1) return `${`{"$":`.repeat(DEPTH)}"x"${"}".repeat(DEPTH)}`;
  const open = kind === 2 ? `{"$name":"deep","${key}":` : `{"$name":"deep","${key}":[`;
  const close = kind === 2 ? "}" : "]}";
  return `${open.repeat(DEPTH)}{}${close.repeat(DEPTH)}`;
}

const junk: Json[] = [
  null,
  0,
  1,
  -1,
  1.5,
  1e308,
  true,
  false,
  "",
  "x",
  "yes",
  "-1",
  "__proto__",
  "constructor",
  [],
  {},
  [null],
  { $: null },
  { $: 5 },
  { $: {} },
  { $name: null },
  { __fz_polluted: { polluted: "yes", $: "x" } },
];

interface Slot {
  parent: JsonObject | Json[];
  key: string | number;
  path: string;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every place a value sits, walked without recursion; `elem` data is sampled less. */
function slotsOf(root: JsonObject): { all: Slot[]; structural: Slot[]; named: JsonObject[] } {
  const all: Slot[] = [];
  const structural: Slot[] = [];
  const named: JsonObject[] = [];
  const stack: Slot[] = [{ parent: root, key: "doc", path: "doc" }];
  for (let slot = stack.pop(); slot; slot = stack.pop()) {
    const { path } = slot;
    all.push(slot);
    if (!/\.(elem|tparams|reportdata)\b/.test(path)) structural.push(slot);
    const value = (slot.parent as Record<string | number, Json>)[slot.key];
    if (Array.isArray(value))
      value.forEach((_, index) => stack.push({ parent: value, key: index, path }));
    else if (isObject(value)) {
      if (typeof value.$name === "string") named.push(value);
      for (const key of Object.keys(value))
        stack.push({ parent: value, key, path: `${path}.${key}` });
    }
  }
  return { all, structural, named };
}

/** Puts a value in a slot; `undefined` drops the key or the array member. */
function set(slot: Slot, value: Json | undefined): void {
  if (Array.isArray(slot.parent)) {
    if (value === undefined) slot.parent.splice(slot.key as number, 1);
    else slot.parent[slot.key as number] = value;
  } else if (value === undefined) Reflect.deleteProperty(slot.parent, slot.key);
  else slot.parent[slot.key] = value;
}

type Slots = ReturnType<typeof slotsOf>;

/** Dangerous names as keys of a message dictionary, or the dictionary as a list of them. */
function poisonMessages(random: Random, root: JsonObject, name: string): void {
  const doc = root.doc;
  if (!isObject(doc)) return;
  const target = random.pick(["messages", "slist", "metadata", "elem", "mainmenu"]);
  const messages = isObject(doc[target]) ? doc[target] : (doc[target] = {});
  const msg = isObject(messages.msg) ? messages.msg : (messages.msg = {});
  msg[keyMarker(name)] = random.pick<Json>([
    "Evil",
    { polluted: "yes" },
    null,
    7,
    [{ $name: name, $: "x" }],
  ]);
  if (random.next() < 0.3)
    messages.msg = [{ $name: name, $: "Evil" }, { $name: "title", $: "T" }, null, 5];
}

/** One mutation at a random place. Slots are walked once per document; stale ones are harmless. */
function mutate(random: Random, root: JsonObject, slots: Slots, deep: Map<number, string>): void {
  const { all, structural, named } = slots;
  const slot = random.next() < 0.75 ? random.pick(structural) : random.pick(all);
  const value = (slot.parent as Record<string | number, Json>)[slot.key] as Json;
  const name = random.pick(dangerous);
  if (random.next() < 0.012) {
    const key = typeof slot.key === "string" && !slot.key.startsWith("$") ? slot.key : "doc";
    deep.set(deep.size, deepText(random, key));
    set(slot, deepMarker(deep.size - 1));
    return;
  }
  switch (random.int(10)) {
    case 0:
      set(slot, undefined);
      break;
    case 1:
    case 2:
      set(slot, structuredClone(random.pick(junk)));
      break;
    case 3:
      set(slot, random.next() < 0.5 ? [value] : [value, null, "x", value]);
      break;
    case 4:
      if (Array.isArray(value)) set(slot, random.next() < 0.5 ? value[0] : value.at(-1));
      else set(slot, isObject(value) ? Object.values(value) : [value]);
      break;
    case 5:
      if (isObject(slot.parent) && typeof slot.key === "string") {
        Reflect.deleteProperty(slot.parent, slot.key);
        slot.parent[keyMarker(name)] = value;
      }
      break;
    case 6:
    case 7: {
      // A dangerous name as the $name of a col, field, button, page, menu node, slist, msg...
      const node = named.length > 0 ? random.pick(named) : undefined;
      if (node) node[random.pick(["$name", "$name", "$key", "$action", "$func", "$list"])] = name;
      break;
    }
    case 8:
      poisonMessages(random, root, name);
      break;
    default:
      if (isObject(slot.parent))
        slot.parent.__fz_polluted = { polluted: "yes", $name: "x", $: "y" };
  }
}

/** The text of a whole document nested 10,000 deep: in doc, metadata, menus, bands, msg. */
export function deepDocument(random: Random): string {
  const shapes = [
    () => `{"doc":${deepText(random, "doc")}}`,
    () => `{"doc":{"metadata":${deepText(random, "band")}}}`,
    () => `{"doc":{"metadata":{"$type":"report","band":${deepText(random, "band")}}}}`,
    () => `{"doc":{"mainmenu":${deepText(random, "node")}}}`,
    () => `{"doc":{"metadata":{"$type":"list"},"elem":${deepText(random, "elem")}}}`,
    () => `{"doc":{"messages":{"msg":{"title":${deepText(random, "msg")}}}}}`,
    () => `{"doc":{"error":{"msg":${deepText(random, "$")}}}}`,
    () =>
      `{"doc":{"metadata":{"$type":"form","form":{"page":${deepText(random, "page")}}},"slist":${deepText(random, "val")}}}`,
  ];
  return random.pick(shapes)();
}

/** A real reply with 1 to 8 mutations: its JSON text, as the network would deliver it. */
export function mutatedText(random: Random, base: string): string {
  const root = JSON.parse(base) as JsonObject;
  const deep = new Map<number, string>();
  const count = 1 + random.int(8);
  const slots = slotsOf(root);
  for (let step = 0; step < count; step += 1) mutate(random, root, slots, deep);
  let text = JSON.stringify(root);
  for (const name of dangerous) text = text.replaceAll(`"${keyMarker(name)}"`, `"${name}"`);
  text = text.replaceAll('"__fz_polluted"', '"__proto__"');
  for (const [at, subtree] of deep) text = text.replace(`"${deepMarker(at)}"`, subtree);
  return text;
}
