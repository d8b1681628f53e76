import { callerOf, type FuncContext, type FuncDef } from "../context";
import { ok, singleElid } from "../documents/actions";
import {
  isSubmit,
  mismatched,
  readSubmitted,
  renderForm,
  type FormSpec,
  type SlistItem,
} from "../documents/form";
import { MgrFault } from "../errors";
import type { Texts } from "../i18n";
import { operationSeconds } from "../operations";
import type { Server } from "../state";
import { setHostname } from "./hostname";
import { findServer, refuse } from "./server-actions";

const texts: Texts = {
  en: {
    title: "Server operations",
    main: "Operation",
    install: "Installation",
    operation: "Operation",
    operation_ostemplate: "Install an operating system",
    operation_diag: "Run diagnostics",
    operation_rescue: "Boot the rescue system",
    ostemplate: "OS template",
    hint_ostemplate: "Only the templates this server type supports are listed",
    hostname: "Domain name",
    passwd: "Root password",
    confirm: "Repeat the password",
    recipe: "Recipe",
    recipe_null: "None",
    recipe_ispmanager: "ispmanager",
    recipe_docker: "Docker",
    clearhdd: "Wipe the disks first",
    nomatch: "The passwords do not match",
    msg_ok: "Start",
    msg_cancel: "Cancel",
  },
  ru: {
    title: "Операции с сервером",
    main: "Операция",
    install: "Установка",
    operation: "Операция",
    operation_ostemplate: "Установить операционную систему",
    operation_diag: "Запустить диагностику",
    operation_rescue: "Загрузить систему восстановления",
    ostemplate: "Шаблон ОС",
    hint_ostemplate: "Показаны только шаблоны, которые поддерживает этот тип сервера",
    hostname: "Доменное имя",
    passwd: "Пароль root",
    confirm: "Повторите пароль",
    recipe: "Рецепт",
    recipe_null: "Нет",
    recipe_ispmanager: "ispmanager",
    recipe_docker: "Docker",
    clearhdd: "Сначала очистить диски",
    nomatch: "Пароли не совпадают",
    msg_ok: "Запустить",
    msg_cancel: "Отмена",
  },
};

const installOnly = ["ostemplate", "hostname", "passwd", "confirm", "recipe"];

const spec: FormSpec = {
  name: "server.operations",
  texts,
  pages: [
    {
      name: "main",
      fields: [
        {
          name: "operation",
          control: { kind: "select", type: "radio" },
          required: true,
          ifs: [
            ...installOnly.map((hide) => ({ value: "diag", hide })),
            ...installOnly.map((hide) => ({ value: "rescue", hide })),
          ],
        },
        { name: "clearhdd", control: { kind: "input", type: "checkbox" } },
      ],
    },
    {
      name: "install",
      fields: [
        { name: "ostemplate", control: { kind: "select" }, required: true, setvalues: "final" },
        // Optional: billing modules install without it and the server keeps its domain.
        { name: "hostname", control: { kind: "input", check: "hostname", maxlength: 253 } },
        {
          name: "passwd",
          control: { kind: "input", type: "password", check: "password", maxlength: 128 },
          required: true,
        },
        {
          name: "confirm",
          control: { kind: "input", type: "password", maxlength: 128, confirms: "passwd" },
        },
        { name: "recipe", control: { kind: "select" } },
      ],
    },
  ],
};

/** The OS templates this server's type allows; customers never see admin-only ones. */
function templatesFor(ctx: FuncContext, server: Server) {
  const level = callerOf(ctx).user.level;
  return ctx.state.osTemplates.filter(
    (template) =>
      template.kind === "os" &&
      (template.chassis.length === 0 || template.chassis.includes(server.chassis)) &&
      (!template.adminOnly || level >= 29),
  );
}

function slists(
  ctx: FuncContext,
  server: Server,
  ostemplate: string | undefined,
): Record<string, SlistItem[]> {
  const t = texts[ctx.lang];
  // Recipes are Linux scripts: a Windows template takes none.
  const recipes = ostemplate?.includes("Windows") ? ["null"] : ["null", "ispmanager", "docker"];
  return {
    operation: ["ostemplate", "diag", "rescue"].map((key) => ({
      key,
      label: t[`operation_${key}`] ?? key,
    })),
    ostemplate: templatesFor(ctx, server).map((template) => ({
      key: template.name,
      label: template.name.replace(/^ISPsystem__/, ""),
    })),
    recipe: recipes.map((key) => ({ key, label: t[`recipe_${key}`] ?? key })),
  };
}

function start(ctx: FuncContext, server: Server): void {
  const current = { operation: ctx.params.operation, ostemplate: ctx.params.ostemplate };
  const values = readSubmitted(ctx, spec, {
    isNew: false,
    slists: slists(ctx, server, current.ostemplate),
  });
  if (values.operation === "ostemplate" && mismatched(values)) {
    throw new MgrFault("value", "confirm", "", undefined, texts[ctx.lang].nomatch);
  }
  const kind =
    values.operation === "diag" ? "diag" : values.operation === "rescue" ? "rescue" : "install";
  const template =
    kind === "diag"
      ? "ISPsystem__Diag-x86_64"
      : kind === "rescue"
        ? "ISPsystem__Sysrescd-x86_64"
        : (values.ostemplate ?? "");
  server.operation = { kind, template, startedAt: ctx.now, durationSec: operationSeconds[kind] };
  server.operationFailed = false;
  if (kind === "install" && values.hostname) setHostname(ctx, server, values.hostname);
  const progressId = ctx.params.progressid;
  const session = callerOf(ctx).session;
  if (progressId && progressId !== "false" && /^[\w-]{1,64}$/.test(progressId)) {
    ctx.state.progress.push({
      progressId,
      sessionId: session?.id ?? "",
      serverId: server.id,
      action: "server.operations",
      startedAt: ctx.now,
    });
  }
}

export const serverOperations: FuncDef = {
  name: "server.operations",
  summary:
    "Install an OS, run diagnostics or boot rescue (elid=id); sok=ok starts it, progressid tracks it",
  handle(ctx) {
    const server = findServer(ctx, singleElid(ctx));
    if (!server) throw new MgrFault("missed", "server", ctx.params.elid ?? "");
    if (isSubmit(ctx)) {
      if (server.disabled) refuse(ctx, "disabled", server);
      if (server.operation) refuse(ctx, "busy", server);
      start(ctx, server);
      return ok();
    }
    // A setvalues request (sv_field) keeps what the user chose and recomputes the lists.
    const chosen = ctx.params.sv_field ? ctx.params : {};
    const ostemplate = chosen.ostemplate ?? templatesFor(ctx, server)[0]?.name ?? "";
    return renderForm(ctx, spec, {
      values: {
        operation: chosen.operation ?? "ostemplate",
        ostemplate,
        hostname: chosen.hostname ?? (server.hostname === "free.ds" ? "" : server.hostname),
        recipe: ostemplate.includes("Windows") ? "null" : (chosen.recipe ?? "null"),
        clearhdd: chosen.clearhdd ?? "off",
      },
      slists: slists(ctx, server, ostemplate),
      elid: String(server.id),
      isNew: false,
    });
  },
};
