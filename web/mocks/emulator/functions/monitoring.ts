import { callerOf, type FuncContext, type FuncDef } from "../context";
import { groupAction } from "../documents/actions";
import { renderList, type ListSpec } from "../documents/list";
import type { Session } from "../sessions";
import type { JournalEntry } from "../state";

function time(ms: number): string {
  return new Date(ms).toISOString().replace("T", " ").slice(0, 19);
}

function liveSessions(ctx: FuncContext): Session[] {
  const { user } = callerOf(ctx);
  const all = ctx.sessions.all(ctx.now, ctx.config.idleTimeoutSec * 1000);
  return user.level >= 29 ? all : all.filter((session) => session.username === user.name);
}

const sessionSpec: ListSpec<Session> = {
  name: "session",
  key: "id",
  keyname: "username",
  texts: {
    en: {
      title: "Active sessions",
      username: "User",
      ip: "Address",
      created: "Started",
      lastseen: "Last request",
      via: "How",
      via_key: "One-time key",
      via_password: "Password",
      short_kill: "End session",
      hint_kill: "End the session: its user is signed out",
      msg_confirm_kill: "End the sessions of",
    },
    ru: {
      title: "Активные сессии",
      username: "Пользователь",
      ip: "Адрес",
      created: "Начата",
      lastseen: "Последний запрос",
      via: "Вход",
      via_key: "Одноразовый ключ",
      via_password: "Пароль",
      short_kill: "Завершить",
      hint_kill: "Завершить сессию: пользователь выйдет",
      msg_confirm_kill: "Завершить сессии",
    },
  },
  columns: [
    { name: "username", sort: "alpha" },
    { name: "ip", sort: "alpha" },
    { name: "created", sort: "alpha" },
    { name: "lastseen", sort: "alpha" },
    { name: "via", type: "msg", sort: "alpha" },
  ],
  toolbar: [
    {
      name: "edit",
      buttons: [{ name: "kill", func: "session.delete", type: "group", img: "t-delete" }],
    },
  ],
  rows: liveSessions,
  cells: (session) => ({
    // The list shows a short form; the key is the whole id, which the kill button sends.
    id: session.id,
    username: session.username,
    ip: session.ip,
    created: time(session.createdAt),
    lastseen: time(session.lastSeen),
    via: session.viaKey ? "via_key" : "via_password",
  }),
};

const journalSpec: ListSpec<JournalEntry> = {
  name: "journal",
  key: "id",
  keyname: "func",
  texts: {
    en: {
      title: "Action log",
      time: "Time",
      user: "User",
      asuser: "As user",
      ip: "Address",
      func: "Function",
      params: "Parameters",
      result: "Result",
    },
    ru: {
      title: "Журнал действий",
      time: "Время",
      user: "Пользователь",
      asuser: "От имени",
      ip: "Адрес",
      func: "Функция",
      params: "Параметры",
      result: "Результат",
    },
  },
  columns: [
    { name: "time", sort: "alpha" },
    { name: "user", sort: "alpha" },
    { name: "asuser", sort: "alpha" },
    { name: "ip", sort: "alpha" },
    { name: "func", sort: "alpha" },
    { name: "params" },
    { name: "result", sort: "alpha" },
  ],
  toolbar: [],
  rows: (ctx) => [...ctx.state.journal].reverse(),
  cells: (entry) => ({
    id: String(entry.id),
    time: time(entry.time),
    user: entry.user,
    asuser: entry.asuser,
    ip: entry.ip,
    func: entry.func,
    params: entry.params,
    result: entry.result,
  }),
};

export const monitoringFunctions: FuncDef[] = [
  {
    name: "session",
    summary: "Active sessions; an operator sees everybody's",
    handle: (ctx) => renderList(ctx, sessionSpec),
  },
  {
    name: "session.delete",
    summary: "End sessions (elid=session ids)",
    handle: (ctx) =>
      groupAction(
        ctx,
        "session",
        (id) => liveSessions(ctx).find((session) => session.id === id),
        (session) => {
          ctx.sessions.delete(session.id);
        },
      ),
  },
  {
    name: "journal",
    minLevel: 29,
    summary: "The action log: every change, newest first, with who acted and as whom (su)",
    handle: (ctx) => renderList(ctx, journalSpec),
  },
];
