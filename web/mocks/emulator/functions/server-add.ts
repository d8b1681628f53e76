import type { FuncContext, FuncDef, Reply } from "../context";
import {
  isSubmit,
  mismatched,
  readSubmitted,
  renderForm,
  type FieldSpec,
  type FormButtonSpec,
  type FormSpec,
  type SlistItem,
} from "../documents/form";
import { svgDataUrl } from "../encoding";
import { MgrFault } from "../errors";
import { texts } from "./server-add-texts";
import { operationSeconds } from "../operations";
import { nextId, type Server } from "../state";
import { el } from "../tree";
import { nextFree, pools } from "./iplist";

type Step = 1 | 2 | 3;

/** The fields each step asks; the others travel along as hidden inputs. */
const stepFields: Record<Step, FieldSpec[]> = {
  1: [
    { name: "intro_1", control: { kind: "desc" }, noname: true },
    { name: "name", control: { kind: "input", maxlength: 64, focus: true }, required: true },
    { name: "chassis_templ", control: { kind: "select" }, required: true },
    { name: "rack", control: { kind: "select" }, required: true, setvalues: "final" },
  ],
  2: [
    { name: "intro_2", control: { kind: "desc" }, noname: true },
    { name: "ippool", control: { kind: "select" }, required: true, setvalues: "blocking" },
    { name: "ip", control: { kind: "input", check: "ip" }, required: true },
    { name: "mac", control: { kind: "input", maxlength: 17 } },
    {
      name: "hostname",
      control: { kind: "input", check: "hostname", maxlength: 253 },
      required: true,
    },
  ],
  3: [
    { name: "intro_3", control: { kind: "desc" }, noname: true },
    { name: "summary", control: { kind: "textdata", type: "data" } },
    { name: "owner", control: { kind: "select" } },
    {
      name: "ostemplate",
      control: { kind: "select" },
      required: true,
      ifs: [
        { value: "none", hide: "passwd" },
        { value: "none", hide: "confirm" },
      ],
    },
    {
      name: "passwd",
      control: { kind: "input", type: "password", check: "password", maxlength: 128 },
      required: true,
    },
    {
      name: "confirm",
      control: { kind: "input", type: "password", maxlength: 128, confirms: "passwd" },
    },
  ],
};

/** Values carried between steps; passwords never travel back in a document. */
const carried = [
  "name",
  "chassis_templ",
  "rack",
  "ippool",
  "ip",
  "mac",
  "hostname",
  "owner",
  "ostemplate",
];

const stepPages: Record<Step, string> = { 1: "placement", 2: "network", 3: "os" };

const stepButtons: Record<Step, FormButtonSpec[]> = {
  1: [
    { name: "next", type: "next", color: "blue" },
    { name: "cancel", type: "cancel" },
  ],
  2: [
    { name: "back", type: "back" },
    { name: "next", type: "next", color: "blue" },
    { name: "cancel", type: "cancel" },
  ],
  3: [
    { name: "back", type: "back" },
    { name: "ok", type: "ok", color: "green" },
    { name: "cancel", type: "cancel" },
  ],
};

/** Step N's form: its own fields, then the other steps' values and `step` as hidden inputs. */
function stepSpec(step: Step): FormSpec {
  const own = stepFields[step];
  const hidden: FieldSpec[] = [
    { name: "step", control: { kind: "input", type: "hidden" } },
    ...carried
      .filter((name) => !own.some((field) => field.name === name))
      .map((name) => ({ name, control: { kind: "input" as const, type: "hidden" as const } })),
  ];
  return {
    name: "server.add",
    // The title says which step this is: the form of every step has the same name.
    texts: {
      en: { ...texts.en, title: texts.en[`title_${step}`] ?? "" },
      ru: { ...texts.ru, title: texts.ru[`title_${step}`] ?? "" },
    },
    pages: [{ name: stepPages[step], fields: [...own, ...hidden] }],
    buttons: stepButtons[step],
  };
}

function badge(letter: string, color: string): string {
  return svgDataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8" fill="${color}"/><text x="8" y="12" text-anchor="middle" font-family="sans-serif" font-size="10" fill="#fff">${letter}</text></svg>`,
  );
}

const osBadges: Record<string, [string, string]> = {
  CentOS: ["C", "#932279"],
  Debian: ["D", "#a80030"],
  Ubuntu: ["U", "#e95420"],
  Windows: ["W", "#0078d4"],
};

function slists(ctx: FuncContext, chassis: string | undefined): Record<string, SlistItem[]> {
  const t = texts[ctx.lang];
  return {
    chassis_templ: ctx.state.chassisTemplates.map((type) => ({
      key: type.name,
      label: `${type.name} (${type.description})`,
    })),
    rack: ctx.state.racks.map((rack) => ({ key: rack.name, label: rack.name })),
    ippool: Object.keys(pools).map((key) => ({ key, label: t[`ippool_${key}`] ?? key })),
    owner: [
      { key: "no_owner", label: t.no_owner ?? "" },
      ...ctx.state.users
        .filter((user) => !user.disabled)
        .map((user) => ({ key: user.name, label: user.name })),
    ],
    ostemplate: [
      { key: "none", label: t.ostemplate_none ?? "" },
      ...ctx.state.osTemplates
        .filter(
          (template) =>
            template.kind === "os" &&
            (template.chassis.length === 0 ||
              (chassis !== undefined && template.chassis.includes(chassis))),
        )
        .map((template) => {
          const label = template.name.replace(/^ISPsystem__/, "");
          const [letter, color] = Object.entries(osBadges).find(([family]) =>
            label.startsWith(family),
          )?.[1] ?? ["?", "#777"];
          return { key: template.name, label, image: badge(letter, color) };
        }),
    ],
  };
}

/** The step a request is at: `step=1..3`, 1 when absent. */
function stepOf(ctx: FuncContext): Step {
  const raw = ctx.params.step ?? "";
  if (raw === "") return 1;
  if (raw === "1" || raw === "2" || raw === "3") return Number(raw) as Step;
  throw new MgrFault(
    "value",
    "step",
    raw.slice(0, 20),
    undefined,
    (texts[ctx.lang].badstep ?? "").replace("__value__", raw.slice(0, 20)),
  );
}

/** What the request carries of the wizard's values, over the defaults. */
function carriedValues(ctx: FuncContext): Record<string, string> {
  const values: Record<string, string> = {
    chassis_templ: ctx.state.chassisTemplates[0]?.name ?? "",
    rack: ctx.state.racks[0]?.name ?? "",
    ippool: "public",
    hostname: "free.ds",
    owner: "no_owner",
    ostemplate: "none",
  };
  for (const name of carried) {
    const value = ctx.params[name];
    if (value !== undefined) values[name] = value.slice(0, 1024);
  }
  return values;
}

/** The next name free in a rack: S-<rack>-NN. */
function suggestName(ctx: FuncContext, rack: string): string {
  for (let number = 1; number < 100; number += 1) {
    const name = `S-${rack}-${String(number).padStart(2, "0")}`;
    if (!ctx.state.servers.some((server) => server.name === name)) return name;
  }
  return "";
}

function render(ctx: FuncContext, step: Step, values: Record<string, string>): Reply {
  return renderForm(ctx, stepSpec(step), {
    values: {
      ...values,
      step: String(step),
      summary: [values.name, values.rack, values.ip].filter(Boolean).join(", "),
    },
    slists: slists(ctx, values.chassis_templ),
    elid: "",
    isNew: true,
  });
}

/** Checks one step's own fields and returns them normalised (hidden ones are not its own). */
function checkStep(ctx: FuncContext, step: Step): Record<string, string> {
  const chassis = ctx.params.chassis_templ;
  const submitted = readSubmitted(ctx, stepSpec(step), {
    isNew: true,
    slists: slists(ctx, chassis),
  });
  const own = new Set(stepFields[step].map((field) => field.name));
  const values = Object.fromEntries(Object.entries(submitted).filter(([name]) => own.has(name)));
  const t = texts[ctx.lang];
  if (step === 1 && ctx.state.servers.some((server) => server.name === values.name))
    throw new MgrFault("exists", "server", values.name ?? "");
  if (step === 2) {
    const mac = (values.mac ?? "").toLowerCase();
    if (mac !== "" && !/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(mac))
      throw new MgrFault("value", "mac", mac.slice(0, 40), undefined, t.badmac);
    values.mac = mac;
    if (ctx.state.ips.some((address) => address.ip === values.ip))
      throw new MgrFault(
        "value",
        "ip",
        values.ip ?? "",
        undefined,
        (t.ip_taken ?? "").replace("__value__", values.ip ?? ""),
      );
  }
  if (step === 3 && values.ostemplate !== "none" && mismatched(values))
    throw new MgrFault("value", "confirm", "", undefined, t.nomatch);
  return values;
}

/** The last step's OK: every step checked again, then the server is created, once. */
function create(ctx: FuncContext): Reply {
  const values = { ...checkStep(ctx, 1), ...checkStep(ctx, 2), ...checkStep(ctx, 3) };
  const server: Server = {
    id: nextId(ctx.state, "server"),
    name: values.name ?? "",
    hostname: values.hostname ?? "free.ds",
    ip: values.ip ?? "",
    mac: values.mac ?? "",
    ipmiIp: "",
    owner: values.owner === "no_owner" || values.owner === undefined ? "" : values.owner,
    chassis: values.chassis_templ ?? "",
    rack: values.rack ?? "",
    location: ctx.state.racks.find((rack) => rack.name === values.rack)?.location ?? "MSK-DC1",
    notes: "",
    power: "off",
    disabled: false,
    blocked: false,
    hwproblem: false,
    operationFailed: false,
  };
  if (values.ostemplate && values.ostemplate !== "none")
    server.operation = {
      kind: "install",
      template: values.ostemplate,
      startedAt: ctx.now,
      durationSec: operationSeconds.install,
    };
  ctx.state.servers.push(server);
  ctx.state.ips.push({
    id: nextId(ctx.state, "ip"),
    serverId: server.id,
    ip: server.ip,
    family: server.ip.includes(":") ? "ipv6" : "ipv4",
    group: values.ippool ?? "public",
    domain: server.hostname === "free.ds" ? "" : server.hostname,
  });
  // The follow-up opens the new server's form: where an operator checks what was made.
  return {
    children: [el("id", {}, String(server.id)), el("ok", {}, `func=server.edit&elid=${server.id}`)],
    changed: true,
  };
}

/** A setvalues request: a chosen rack suggests a name, a chosen pool its next free address. */
function setvalues(ctx: FuncContext, step: Step): Reply {
  const values = carriedValues(ctx);
  if (ctx.params.sv_field === "rack" && (values.name ?? "") === "")
    values.name = suggestName(ctx, values.rack ?? "");
  if (ctx.params.sv_field === "ippool") values.ip = nextFree(ctx, values.ippool ?? "public");
  return render(ctx, step, values);
}

export const serverAdd: FuncDef = {
  name: "server.add",
  minLevel: 29,
  summary:
    "Add a server in three steps (step=1..3: placement, network, OS); snext=ok/sback=ok move, the last ok creates it",
  handle(ctx) {
    const step = stepOf(ctx);
    if (!isSubmit(ctx)) {
      if (ctx.params.sv_field) return setvalues(ctx, step);
      return render(ctx, step, carriedValues(ctx));
    }
    const values = carriedValues(ctx);
    if (ctx.params.sback === "ok") return render(ctx, Math.max(1, step - 1) as Step, values);
    if (step < 3) {
      // Next (or OK pressed early): this step is checked and the values move on.
      Object.assign(values, checkStep(ctx, step));
      if (step === 1 && (values.ip ?? "") === "")
        values.ip = nextFree(ctx, values.ippool ?? "public");
      return render(ctx, (step + 1) as Step, values);
    }
    return create(ctx);
  },
};
