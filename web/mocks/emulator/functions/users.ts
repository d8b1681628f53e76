import { callerOf, suRefusal, type FuncContext, type FuncDef } from "../context";
import { groupAction, singleElid } from "../documents/actions";
import { editTarget, savedAs } from "../documents/edit";
import {
  isSubmit,
  mismatched,
  readSubmitted,
  renderForm,
  type FormSpec,
  type SlistItem,
} from "../documents/form";
import { renderList, type ListSpec } from "../documents/list";
import { MgrFault } from "../errors";
import { levelNames, type Lang } from "../i18n";
import { nextId, type User } from "../state";
import { el } from "../tree";
import { userFormTexts as formTexts, userListTexts as listTexts } from "./user-texts";

function levelMessages(lang: Lang): Record<string, string> {
  return Object.fromEntries(
    Object.entries(levelNames[lang]).map(([level, name]) => [`msg_${level}`, name]),
  );
}

const listSpec: ListSpec<User> = {
  name: "user",
  key: "id",
  keyname: "name",
  texts: {
    en: { ...listTexts.en, ...levelMessages("en") },
    ru: { ...listTexts.ru, ...levelMessages("ru") },
  },
  // `can_su`: whether the caller may log in as this user (lower level, not disabled).
  hiddenFields: ["active", "can_su"],
  columns: [
    { name: "name", sort: "alpha" },
    // Raw levels, named by `msg_<level>`: billing modules find customers by `level='16'`
    // (evidence/whmcs-dcimanager.md) and the interface shows the name (§5.6).
    { name: "level", type: "msg", sort: "alpha" },
    { name: "servers", sort: "digit", align: "right" },
    { name: "email", sort: "alpha" },
    {
      name: "status",
      type: "prop",
      sort: "prop",
      props: [{ name: "disabled", img: "p-disabled" }],
    },
  ],
  toolbar: [
    {
      name: "edit",
      buttons: [
        { name: "new", func: "user.edit", type: "new", img: "t-new" },
        {
          name: "edit",
          func: "user.edit",
          type: "edit",
          img: "t-edit",
          isDefault: true,
          noGroupEdit: true,
        },
        { name: "delete", func: "user.delete", type: "group", img: "t-delete" },
      ],
    },
    {
      name: "state",
      buttons: [
        {
          name: "enable",
          func: "user.enable",
          type: "group",
          img: "t-enable",
          conditions: [{ kind: "hide", name: "active", value: "on" }],
        },
        {
          name: "disable",
          func: "user.disable",
          type: "group",
          img: "t-disable",
          conditions: [{ kind: "hide", name: "active", value: "off" }],
        },
      ],
    },
    {
      name: "su",
      buttons: [
        {
          // "Switch to user panel" (dcimanager.md §3.11): one row, no form, no confirmation.
          name: "su",
          func: "user.su",
          type: "action",
          img: "t-su",
          conditions: [{ kind: "hide", name: "can_su", value: "no" }],
        },
      ],
    },
  ],
  rows: (ctx) => ctx.state.users,
  cells: (user, ctx) => ({
    id: String(user.id),
    name: user.name,
    level: String(user.level),
    servers: String(ctx.state.servers.filter((server) => server.owner === user.name).length),
    email: user.email,
    disabled: user.disabled ? "" : undefined,
    active: user.disabled ? "off" : "on",
    can_su: suRefusal(callerOf(ctx).user, user) ? "no" : "yes",
  }),
};

function formSpec(isNew: boolean): FormSpec {
  return {
    name: "user.edit",
    texts: formTexts,
    pages: [
      {
        name: "main",
        fields: [
          {
            name: "name",
            control: { kind: "input", check: "username", maxlength: 32 },
            required: true,
            readonly: !isNew,
          },
          {
            name: "passwd",
            control: { kind: "input", type: "password", check: "password", maxlength: 128 },
            required: isNew,
          },
          {
            name: "confirm",
            control: { kind: "input", type: "password", maxlength: 128, confirms: "passwd" },
          },
          { name: "level", control: { kind: "select" }, required: true },
          { name: "email", control: { kind: "input", check: "email", maxlength: 254 } },
        ],
      },
    ],
  };
}

function levels(ctx: FuncContext): SlistItem[] {
  return ["16", "29"].map((key) => ({ key, label: levelNames[ctx.lang][key] ?? key }));
}

/** Billing modules send `lvUser`/`lvAdmin` (dcimanager.md §3.11); the form's keys are numbers. */
function normalizeLevel(ctx: FuncContext): void {
  const aliases: Record<string, string> = { lvUser: "16", lvAdmin: "29", user: "16", admin: "29" };
  const level = ctx.params.level;
  if (level !== undefined && level in aliases) ctx.params.level = aliases[level] ?? level;
}

function save(ctx: FuncContext, user: User | undefined): User {
  normalizeLevel(ctx);
  const values = readSubmitted(ctx, formSpec(!user), {
    isNew: !user,
    slists: { level: levels(ctx) },
    partial: user !== undefined,
  });
  if (mismatched(values))
    throw new MgrFault("value", "confirm", "", undefined, formTexts[ctx.lang].nomatch);
  const level = values.level === "29" ? 29 : 16;
  if (user) {
    if (user.name === callerOf(ctx).user.name && level < user.level)
      throw new MgrFault("value", "level", String(level));
    if (values.passwd) user.password = values.passwd;
    if (values.level) user.level = level;
    if (values.email !== undefined) user.email = values.email;
    return user;
  }
  const name = values.name ?? "";
  if (ctx.state.users.some((existing) => existing.name === name))
    throw new MgrFault("exists", "user", name);
  const created: User = {
    id: nextId(ctx.state, "user"),
    name,
    password: values.passwd ?? "",
    level,
    disabled: false,
    email: values.email ?? "",
  };
  ctx.state.users.push(created);
  return created;
}

function findUser(ctx: FuncContext, id: string): User | undefined {
  return ctx.state.users.find((user) => String(user.id) === id || user.name === id);
}

const selfRefusal = {
  en: "You cannot do this to your own account",
  ru: "Это нельзя сделать со своей учётной записью",
};
const ownerRefusal = {
  en: "User '__value__' owns servers; release them first",
  ru: "У пользователя '__value__' есть серверы; сначала освободите их",
};

function notSelf(ctx: FuncContext, user: User): void {
  if (user.name === (callerOf(ctx).realUser ?? callerOf(ctx).user).name)
    throw new MgrFault("value", "elid", user.name, undefined, selfRefusal[ctx.lang]);
}

export const userFunctions: FuncDef[] = [
  { name: "user", minLevel: 29, summary: "Users", handle: (ctx) => renderList(ctx, listSpec) },
  {
    name: "user.edit",
    minLevel: 29,
    summary: "Add a user (no elid) or edit one (elid=id); returns <id> on creation",
    handle(ctx) {
      const { isNew, item: user } = editTarget(ctx, "user", (id) => findUser(ctx, id));
      if (isSubmit(ctx)) return savedAs("id", save(ctx, user).id);
      return renderForm(ctx, formSpec(isNew), {
        values: user
          ? { name: user.name, level: String(user.level), email: user.email }
          : { level: "16" },
        slists: { level: levels(ctx) },
        elid: user ? String(user.id) : "",
        isNew,
      });
    },
  },
  {
    name: "user.delete",
    minLevel: 29,
    summary: "Delete users (elid=ids); a user who owns servers cannot be deleted",
    handle: (ctx) =>
      groupAction(
        ctx,
        "user",
        (id) => findUser(ctx, id),
        (user) => {
          ctx.state.users = ctx.state.users.filter((candidate) => candidate !== user);
          ctx.state.sshKeys = ctx.state.sshKeys.filter((key) => key.owner !== user.name);
        },
        (user) => {
          notSelf(ctx, user);
          if (ctx.state.servers.some((server) => server.owner === user.name)) {
            throw new MgrFault(
              "value",
              "elid",
              user.name,
              undefined,
              ownerRefusal[ctx.lang].replace("__value__", user.name),
            );
          }
        },
      ),
  },
  {
    name: "user.enable",
    minLevel: 29,
    summary: "Let users log in again (elid=ids)",
    handle: (ctx) =>
      groupAction(
        ctx,
        "user",
        (id) => findUser(ctx, id),
        (user) => {
          user.disabled = false;
        },
      ),
  },
  {
    name: "user.su",
    minLevel: 29,
    summary:
      "Log in as a user (elid=id or name); answers <ok>func=desktop&su=<name></ok>, changes nothing, is journalled",
    handle(ctx) {
      const id = singleElid(ctx);
      const user = findUser(ctx, id);
      if (!user) throw new MgrFault("missed", "user", id.slice(0, 100));
      const refusal = suRefusal(callerOf(ctx).user, user);
      if (refusal === "level") throw new MgrFault("access", "su", user.name);
      if (refusal === "disabled")
        throw new MgrFault("value", "elid", user.name, "value.sudisabled");
      // The follow-up the console obeys: act as `su` from now on and open the panel's home.
      // Nothing changes but the journal: an operator entering a customer's account is audited.
      return {
        children: [el("ok", {}, `func=desktop&su=${encodeURIComponent(user.name)}`)],
        changed: true,
      };
    },
  },
  {
    name: "user.disable",
    minLevel: 29,
    summary: "Stop users from logging in (elid=ids); their sessions end",
    handle: (ctx) =>
      groupAction(
        ctx,
        "user",
        (id) => findUser(ctx, id),
        (user) => {
          user.disabled = true;
          for (const session of ctx.sessions.all(ctx.now, Number.MAX_SAFE_INTEGER))
            if (session.username === user.name) ctx.sessions.delete(session.id);
        },
        (user) => {
          notSelf(ctx, user);
        },
      ),
  },
];
