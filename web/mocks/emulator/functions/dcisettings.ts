import { callerOf, type FuncContext, type FuncDef, type Reply } from "../context";
import { ok } from "../documents/actions";
import { isSubmit, readSubmitted, renderForm, type FormSpec } from "../documents/form";
import { MgrFault } from "../errors";
import {
  captchaCode,
  captchaImage,
  formats,
  ntpRows,
  rackMap,
  rackTree,
  slists,
} from "./dcisettings-parts";
import { releaseNotes, texts } from "./dcisettings-texts";
import { defaultSettings } from "../seed-support";

export const docsUrl = "https://docs.ispsystem.com/";
export const manualUrl = "https://docs.ispsystem.com/dcimanager-admin";

/** The fields the settings store; the rest of the form only shows things or asks to reset. */
const stored = Object.keys(defaultSettings);

const spec: FormSpec = {
  name: "dcisettings",
  texts,
  pages: [
    {
      name: "main",
      fields: [
        {
          name: "panelname",
          control: { kind: "input", maxlength: 64, focus: true },
          required: true,
        },
        {
          name: "paneldomain",
          control: { kind: "input", check: "hostname", convert: "punycode", maxlength: 253 },
          required: true,
        },
        { name: "diag_before_release", control: { kind: "input", type: "checkbox" } },
        {
          name: "clear_disks",
          control: { kind: "input", type: "checkbox" },
          conditions: [{ value: "off", hide: "clear_mode" }],
        },
        { name: "clear_mode", control: { kind: "select", type: "radio" }, required: true },
        {
          name: "autoshutdown",
          control: { kind: "input", type: "checkbox" },
          conditions: [{ value: "off", shadow: "autoshutdown_delay" }],
        },
        { name: "autoshutdown_delay", control: { kind: "slider", min: 0, max: 120, step: 5 } },
      ],
    },
    {
      name: "install",
      fields: [
        { name: "diag_template", control: { kind: "select" }, required: true },
        { name: "install_threads", control: { kind: "slider", min: 1, max: 16, step: 1 } },
        { name: "default_rack", control: { kind: "tree" }, required: true },
        {
          name: "default_location",
          control: { kind: "select" },
          required: true,
          setvalues: "finalblock",
        },
        { name: "dns_servers", control: { kind: "textarea", rows: 3, maxlength: 1000 } },
      ],
    },
    {
      name: "network",
      fields: [
        {
          name: "ipsource",
          control: { kind: "select", type: "radio" },
          required: true,
          conditions: [
            { value: "local", hide: "ipmgr_url" },
            { otherwise: true, shadow: "ip_reserve" },
          ],
        },
        { name: "ipmgr_url", control: { kind: "input", maxlength: 255 } },
        { name: "ip_reserve", control: { kind: "slider", min: 0, max: 32, step: 2 } },
      ],
    },
    {
      name: "time",
      collapsed: true,
      fields: [
        {
          name: "ntp_servers",
          control: { kind: "input", zoom: 5, check: "hostname" },
        },
        { name: "maintenance_date", control: { kind: "input", date: "date" } },
        { name: "maintenance_start", control: { kind: "input", date: "datetime" } },
        { name: "maintenance_window", control: { kind: "input", mask: "99:99-99:99" } },
        { name: "next_check", control: { kind: "datetime" } },
      ],
    },
    {
      name: "notify",
      fields: [
        {
          name: "support_email",
          control: { kind: "input", check: "email", maxlength: 254 },
          conditions: [{ empty: "yes", hide: "notify_events" }],
        },
        { name: "notify_events", control: { kind: "select", type: "multiple" } },
        { name: "notify_channel", control: { kind: "select" }, required: true },
        {
          // Its options depend on the channel: only the formats of the chosen one are shown.
          name: "notify_format",
          control: { kind: "select", depend: "notify_channel" },
          required: true,
        },
      ],
    },
    {
      name: "about",
      fields: [
        { name: "license_state", control: { kind: "textdata", type: "msgdata" } },
        { name: "version", control: { kind: "textdata", type: "data" } },
        { name: "eol_warning", control: { kind: "textdata", type: "msg", warning: true } },
        { name: "about_text", control: { kind: "desc" }, noname: true },
        { name: "release_notes", control: { kind: "htmldata", height: 120 }, fullwidth: true },
        { name: "docs_link", control: { kind: "link" }, noname: true },
        { name: "rack_map", control: { kind: "img" } },
        {
          name: "locations_frame",
          control: { kind: "frame", height: 200 },
          fullwidth: true,
        },
        {
          name: "ntp_status",
          control: {
            kind: "list",
            type: "table",
            columns: [
              { name: "server" },
              { name: "stratum" },
              { name: "offset" },
              { name: "state" },
            ],
          },
          fullwidth: true,
        },
        {
          name: "server_types",
          control: {
            kind: "list",
            type: "block",
            columns: [{ name: "name" }, { name: "description" }, { name: "servers" }],
          },
        },
      ],
    },
    {
      name: "danger",
      fields: [
        {
          name: "reset_defaults",
          control: { kind: "input", type: "checkbox" },
          conditions: [{ value: "off", hide: "captcha" }],
        },
        { name: "captcha", control: { kind: "captcha" }, required: true },
      ],
    },
  ],
  buttons: [
    { name: "ok", type: "ok", color: "green" },
    { name: "apply", type: "ok", keepform: true, blocking: true },
    { name: "refresh", type: "setvalues" },
    { name: "help", type: "blank" },
    { name: "journal", type: "func", func: "journal" },
    { name: "undo", type: "reset" },
    { name: "restart", type: "ok", color: "red", disabled: true },
    { name: "cancel", type: "cancel" },
  ],
};

/** The form with these values: the stored ones, or what a setvalues request carries. */
function render(ctx: FuncContext, values: Record<string, string>): Reply {
  const user = callerOf(ctx).user.name;
  return renderForm(ctx, spec, {
    values: {
      ...values,
      license_state: "license_ok",
      version: "5.300.0 (emulator)",
      release_notes: releaseNotes[ctx.lang],
      docs_link: docsUrl,
      rack_map: rackMap(ctx),
      locations_frame: `/${ctx.config.panel}?func=location&out=print&lang=${ctx.lang}`,
      reset_defaults: "off",
      captcha: "",
    },
    slists: slists(ctx),
    trees: { default_rack: rackTree(ctx) },
    lists: {
      ntp_status: ntpRows(ctx, values.ntp_servers ?? ""),
      server_types: ctx.state.chassisTemplates.map((type) => ({
        name: type.name,
        description: type.description,
        servers: String(ctx.state.servers.filter((server) => server.chassis === type.name).length),
      })),
    },
    attrs: { captcha: { src: captchaImage(captchaCode(user, ctx.now)), length: "4" } },
    isNew: false,
  });
}

/** A setvalues request (§6.6): what was typed stays; the chosen location fills its DNS servers. */
function setvalues(ctx: FuncContext): Reply {
  const values: Record<string, string> = { ...ctx.state.settings };
  for (const name of stored) {
    const value = ctx.params[name];
    if (value !== undefined) values[name] = value.slice(0, 4096);
  }
  if (ctx.params.sv_field === "default_location") {
    const location = ctx.state.locations.find((item) => item.name === values.default_location);
    if (location) values.dns_servers = location.nameservers.split(/\s+/).join("\n");
  }
  return render(ctx, values);
}

function save(ctx: FuncContext): Reply {
  const t = texts[ctx.lang];
  const submitted = readSubmitted(ctx, spec, {
    isNew: false,
    partial: true,
    current: { ...ctx.state.settings, reset_defaults: "off" },
    slists: slists(ctx),
    trees: { default_rack: rackTree(ctx) },
  });
  if (submitted.reset_defaults === "on") {
    if (submitted.captcha !== captchaCode(callerOf(ctx).user.name, ctx.now))
      throw new MgrFault("value", "captcha", "", undefined, t.captcha_wrong);
    ctx.state.settings = { ...defaultSettings };
    return ok();
  }
  const merged = { ...ctx.state.settings };
  for (const name of stored) if (submitted[name] !== undefined) merged[name] = submitted[name];
  if (formats[merged.notify_format ?? ""] !== merged.notify_channel)
    throw new MgrFault(
      "value",
      "notify_format",
      merged.notify_format ?? "",
      undefined,
      t.format_channel,
    );
  if (merged.ipsource === "ipmanager" && !/^https?:\/\/[^\s/]+/.test(merged.ipmgr_url ?? ""))
    throw new MgrFault("value", "ipmgr_url", merged.ipmgr_url ?? "", undefined, t.ipmgr_required);
  ctx.state.settings = merged;
  return ok();
}

export const dcisettings: FuncDef = {
  name: "dcisettings",
  minLevel: 29,
  summary:
    "Global settings (a form with every control kind); sok=ok with clicked_button=ok|apply saves, help answers the manual's URL",
  handle(ctx) {
    if (!isSubmit(ctx))
      return ctx.params.sv_field ? setvalues(ctx) : render(ctx, ctx.state.settings);
    const t = texts[ctx.lang];
    const button = ctx.params.clicked_button ?? "";
    switch (button) {
      case "":
      case "ok":
      case "apply":
        return save(ctx);
      case "help":
        // A `blank` button: the answer is a page for a new window; nothing is saved.
        return ok(ctx.lang === "ru" ? `${manualUrl}?lang=ru` : manualUrl, false);
      case "restart":
        throw new MgrFault("value", "clicked_button", button, undefined, t.button_disabled);
      default:
        throw new MgrFault(
          "value",
          "clicked_button",
          button.slice(0, 64),
          undefined,
          t.button_unknown,
        );
    }
  },
};
