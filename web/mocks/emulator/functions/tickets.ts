import { callerOf, type FuncContext, type FuncDef, type Reply } from "../context";
import { groupAction, ok, singleElid } from "../documents/actions";
import { editTarget, savedAs } from "../documents/edit";
import {
  isSubmit,
  readSubmitted,
  renderForm,
  type FormSpec,
  type SlistItem,
  type ThreadMessage,
} from "../documents/form";
import { renderList } from "../documents/list";
import { fromBase64, toBase64 } from "../encoding";
import { MgrFault } from "../errors";
import { findTicket, listSpec, serverName, time, visibleTickets } from "./ticket-list";
import { formTexts } from "./ticket-texts";
import { nextId, type Attachment, type Ticket } from "../state";
import { visibleServers } from "./server-list";

const maxFiles = 5;
const maxFileBytes = 256 * 1024;

/** The customer a new ticket is for is chosen by the operator; an existing one keeps its owner. */
function formSpec(isNew: boolean): FormSpec {
  const spec: FormSpec = {
    name: "ticket.edit",
    texts: formTexts,
    pages: [
      {
        name: "main",
        fields: [
          { name: "owner", control: { kind: "select" }, required: true, minLevel: 29 },
          {
            name: "subject",
            control: { kind: "input", maxlength: 200, focus: isNew },
            required: true,
            readonly: !isNew,
          },
          {
            name: "server",
            control: { kind: "select" },
            readonly: !isNew,
            // Choosing a server suggests a subject; the attachments are not sent for that.
            setvalues: "skipfiles",
          },
          {
            name: "status",
            control: { kind: "textdata", type: "msgdata" },
            removeIf: "new",
          },
          {
            name: "thread",
            control: { kind: "ticket" },
            noname: true,
            fullwidth: true,
            removeIf: "new",
            // New replies appear while the ticket is open.
            setvalues: "30",
          },
        ],
      },
      {
        name: "reply",
        fields: [
          {
            name: "message",
            control: { kind: "textarea", rows: 5, maxlength: 10000 },
            // A reply may be empty when it only closes the ticket.
            required: isNew,
            fullwidth: true,
          },
          { name: "attachments", control: { kind: "input", type: "file", multiple: true } },
          { name: "close", control: { kind: "input", type: "checkbox" }, removeIf: "new" },
        ],
      },
    ],
  };
  if (!isNew)
    for (const page of spec.pages)
      page.fields = page.fields.filter((field) => field.name !== "owner");
  return spec;
}

function slists(ctx: FuncContext, owner: string | undefined): Record<string, SlistItem[]> {
  const t = formTexts[ctx.lang];
  const admin = callerOf(ctx).user.level >= 29;
  const servers = admin
    ? ctx.state.servers.filter((server) => owner === undefined || server.owner === owner)
    : visibleServers(ctx);
  return {
    owner: ctx.state.users
      .filter((user) => user.level < 29 && !user.disabled)
      .map((user) => ({ key: user.name, label: user.name })),
    server: [
      { key: "0", label: t.server_none ?? "" },
      ...servers.map((server) => ({
        key: String(server.id),
        label: server.hostname === "free.ds" ? server.name : `${server.name} (${server.hostname})`,
      })),
    ],
  };
}

function thread(ctx: FuncContext, ticket: Ticket): ThreadMessage[] {
  const staffViewer = callerOf(ctx).user.level >= 29;
  return ticket.messages.map((message) => ({
    id: String(message.id),
    // From the viewer's side: the customer's own messages are outgoing to the customer.
    type: message.staff === staffViewer ? "outcoming" : "incoming",
    author: message.author,
    date: time(message.time),
    text: message.text,
    files: message.attachments.map((file) => ({
      id: String(file.id),
      name: file.name,
      size: file.size,
    })),
  }));
}

function render(
  ctx: FuncContext,
  ticket: Ticket | undefined,
  typed: Record<string, string>,
): Reply {
  const isNew = ticket === undefined;
  const owner = ticket?.owner ?? typed.owner;
  return renderForm(ctx, formSpec(isNew), {
    values: ticket
      ? {
          subject: ticket.subject,
          server: String(ticket.serverId),
          status: `status_${ticket.status}`,
          message: typed.message ?? "",
          close: typed.close === "on" ? "on" : "off",
        }
      : {
          owner: typed.owner ?? "",
          subject: typed.subject ?? "",
          server: typed.server ?? "0",
          message: typed.message ?? "",
        },
    slists: slists(
      ctx,
      callerOf(ctx).user.level >= 29 && isNew ? owner || undefined : ticket?.owner,
    ),
    threads: ticket ? { thread: thread(ctx, ticket) } : {},
    elid: ticket ? String(ticket.id) : "",
    isNew,
  });
}

/** The attachments of this request, checked before anything is written. */
function attachments(ctx: FuncContext): Attachment[] {
  const t = formTexts[ctx.lang];
  const files = ctx.files.filter((file) => file.field === "attachments");
  if (files.length > maxFiles)
    throw new MgrFault("value", "attachments", String(files.length), undefined, t.too_many_files);
  for (const file of files)
    if (file.size > maxFileBytes)
      throw new MgrFault(
        "value",
        "attachments",
        file.name,
        undefined,
        (t.file_too_large ?? "").replace("__name__", file.name),
      );
  return files.map((file) => ({
    id: 0,
    name: file.name,
    type: file.type || "application/octet-stream",
    size: file.size,
    base64: toBase64(file.bytes),
  }));
}

function post(ctx: FuncContext, ticket: Ticket, text: string, files: Attachment[]): void {
  const { user } = callerOf(ctx);
  ticket.messages.push({
    id: nextId(ctx.state, "message"),
    author: user.name,
    staff: user.level >= 29,
    time: ctx.now,
    text,
    attachments: files.map((file) => ({ ...file, id: nextId(ctx.state, "attachment") })),
  });
}

function create(ctx: FuncContext): Reply {
  const { user } = callerOf(ctx);
  const admin = user.level >= 29;
  const spec = formSpec(true);
  const values = readSubmitted(ctx, spec, {
    isNew: true,
    slists: slists(ctx, admin ? ctx.params.owner : undefined),
  });
  if ((values.message ?? "") === "")
    throw new MgrFault("value", "message", "", undefined, formTexts[ctx.lang].message_required);
  const files = attachments(ctx);
  const ticket: Ticket = {
    id: nextId(ctx.state, "ticket"),
    owner: admin ? (values.owner ?? "") : user.name,
    subject: values.subject ?? "",
    serverId: Number(values.server ?? "0"),
    status: admin ? "answered" : "open",
    created: ctx.now,
    messages: [],
  };
  post(ctx, ticket, values.message ?? "", files);
  ctx.state.tickets.push(ticket);
  return savedAs("id", ticket.id);
}

function reply(ctx: FuncContext, ticket: Ticket): Reply {
  const values = readSubmitted(ctx, formSpec(false), {
    isNew: false,
    slists: slists(ctx, ticket.owner),
  });
  const text = (values.message ?? "").trim();
  const closing = values.close === "on";
  if (text === "" && !closing)
    throw new MgrFault("value", "message", "", undefined, formTexts[ctx.lang].message_required);
  const files = attachments(ctx);
  if (text !== "" || files.length > 0) {
    post(ctx, ticket, text, files);
    ticket.status = callerOf(ctx).user.level >= 29 ? "answered" : "open";
  }
  if (closing) ticket.status = "closed";
  return ok();
}

/** A setvalues request: what was typed stays; a chosen server suggests the subject. */
function setvalues(ctx: FuncContext, ticket: Ticket | undefined): Reply {
  const typed: Record<string, string> = {};
  for (const name of ["owner", "subject", "server", "message", "close"]) {
    const value = ctx.params[name];
    if (value !== undefined) typed[name] = value.slice(0, 10000);
  }
  if (!ticket && ctx.params.sv_field === "server" && (typed.subject ?? "") === "") {
    const name = serverName(ctx, Number(typed.server ?? "0"));
    if (name !== "")
      typed.subject = (formTexts[ctx.lang].server_subject ?? "").replace("__name__", name);
  }
  return render(ctx, ticket, typed);
}

export const ticketFunctions: FuncDef[] = [
  {
    name: "ticket",
    summary: "Support tickets: a customer's own, every one for the operator",
    handle: (ctx) => renderList(ctx, listSpec),
  },
  {
    name: "ticket.edit",
    summary:
      "Open a ticket (no elid: subject, server, message, attachments) or read one and reply (elid=id); multipart for files",
    handle(ctx) {
      const { item: ticket } = editTarget(ctx, "ticket", (id) => findTicket(ctx, id));
      if (isSubmit(ctx)) return ticket ? reply(ctx, ticket) : create(ctx);
      if (ctx.params.sv_field) return setvalues(ctx, ticket);
      return render(ctx, ticket, {});
    },
  },
  {
    name: "ticket.file",
    download: true,
    summary: "Download a ticket attachment (elid=file id, the `param` of a thread's file)",
    handle(ctx) {
      const id = singleElid(ctx);
      for (const ticket of visibleTickets(ctx))
        for (const message of ticket.messages)
          for (const file of message.attachments)
            if (String(file.id) === id)
              return {
                children: [],
                raw: { body: fromBase64(file.base64), contentType: file.type, filename: file.name },
              };
      throw new MgrFault("missed", "file", id.slice(0, 100));
    },
  },
  {
    name: "ticket.close",
    summary: "Close tickets (elid=ids)",
    handle: (ctx) =>
      groupAction(
        ctx,
        "ticket",
        (id) => findTicket(ctx, id),
        (ticket) => {
          ticket.status = "closed";
        },
      ),
  },
  {
    name: "ticket.delete",
    minLevel: 29,
    summary: "Delete tickets with their messages (elid=ids)",
    handle: (ctx) =>
      groupAction(
        ctx,
        "ticket",
        (id) => findTicket(ctx, id),
        (ticket) => {
          ctx.state.tickets = ctx.state.tickets.filter((candidate) => candidate !== ticket);
        },
      ),
  },
];
