import { callerOf, type FuncContext, type FuncDef, type Reply } from "../context";
import { MgrFault } from "../errors";
import type { Texts } from "../i18n";
import { el, messagesNode } from "../tree";

const loginTexts: Texts = {
  en: {
    title: "Log in",
    username: "Username",
    password: "Password",
    lang: "Language",
    en: "English",
    ru: "Русский",
    "": "Log in",
    fail: "Invalid username or password",
  },
  ru: {
    title: "Вход",
    username: "Имя пользователя",
    password: "Пароль",
    lang: "Язык",
    en: "English",
    ru: "Русский",
    "": "Войти",
    fail: "Неверное имя пользователя или пароль",
  },
};

function sessionCookie(ctx: FuncContext, value: string, maxAge?: number): string {
  const age = maxAge === undefined ? "" : `; Max-Age=${maxAge}`;
  return `${ctx.config.panel}ses5=${value}; Path=/; HttpOnly; SameSite=Lax${age}`;
}

function required(ctx: FuncContext, name: string): string {
  const value = ctx.params[name];
  if (value === undefined || value === "") throw new MgrFault("missed", name, "");
  return value;
}

function keyLogin(ctx: FuncContext, username: string, key: string): Reply {
  const index = ctx.state.keys.findIndex(
    (entry) => entry.key === key && (username === "" || entry.username === username),
  );
  const entry = index === -1 ? undefined : ctx.state.keys[index];
  if (!entry || entry.expiresAt < ctx.now) {
    if (entry) ctx.state.keys.splice(index, 1);
    throw new MgrFault("auth", "badpassword", "", "auth.key");
  }
  ctx.state.keys.splice(index, 1);
  const user = ctx.state.users.find((candidate) => candidate.name === entry.username);
  if (!user) throw new MgrFault("auth", "badpassword", "", "auth.key");
  if (user.disabled) throw new MgrFault("auth", "disabled", user.name);
  const session = ctx.sessions.create(user.name, ctx.clientIp, ctx.now, ctx.lang, true);
  return {
    children: [el("auth", { id: session.id, level: String(user.level) }, session.id)],
    cookies: [sessionCookie(ctx, session.id)],
    changed: true,
  };
}

const auth: FuncDef = {
  name: "auth",
  public: true,
  summary: "Log in with username and password, or with a one-time key; returns the session id",
  handle(ctx) {
    if (ctx.loginBlocked()) throw new MgrFault("auth", "blocklogon");
    const key = ctx.params.key;
    if (key !== undefined && key !== "") return keyLogin(ctx, ctx.params.username ?? "", key);
    const username = required(ctx, "username");
    const password = ctx.params.password ?? "";
    const user = ctx.state.users.find((candidate) => candidate.name === username);
    if (user?.password !== password) {
      ctx.failedLogin();
      throw new MgrFault("auth", "badpassword");
    }
    if (user.disabled) throw new MgrFault("auth", "disabled", user.name);
    const session = ctx.sessions.create(user.name, ctx.clientIp, ctx.now, ctx.lang, false);
    return {
      children: [el("auth", { id: session.id, level: String(user.level) }, session.id)],
      cookies: [sessionCookie(ctx, session.id)],
    };
  },
};

const logon: FuncDef = {
  name: "logon",
  public: true,
  summary: "The login page; with a session, ends it first (logout)",
  handle(ctx) {
    const session = ctx.caller?.session;
    if (session) ctx.sessions.delete(session.id);
    return {
      children: [messagesNode("login", loginTexts[ctx.lang])],
      cookies: session ? [sessionCookie(ctx, "", 0)] : [],
    };
  },
};

const whoami: FuncDef = {
  name: "whoami",
  summary: "The current user",
  handle(ctx) {
    const { user, realUser } = callerOf(ctx);
    return {
      children: [
        el(
          "user",
          {
            id: String(user.id),
            name: user.name,
            level: String(user.level),
            email: user.email,
            su: realUser?.name,
          },
          user.name,
        ),
      ],
    };
  },
};

const keepalive: FuncDef = {
  name: "keepalive",
  summary: "Keeps the session alive",
  handle: () => ({ children: [el("ok")] }),
};

const newKey: FuncDef = {
  name: "session.newkey",
  minLevel: 29,
  summary: "Creates a one-time login key (16+ characters) for a user",
  handle(ctx) {
    const username = required(ctx, "username");
    const key = required(ctx, "key");
    if (key.length < 16 || key.length > 256) throw new MgrFault("value", "key", "");
    if (!ctx.state.users.some((user) => user.name === username))
      throw new MgrFault("missed", "user", username);
    ctx.state.keys = ctx.state.keys.filter(
      (entry) => entry.key !== key && entry.expiresAt >= ctx.now,
    );
    ctx.state.keys.push({ username, key, expiresAt: ctx.now + ctx.config.oneTimeKeyTtlSec * 1000 });
    return { children: [el("ok")], changed: true };
  },
};

export const authFunctions: FuncDef[] = [auth, logon, whoami, keepalive, newKey];
