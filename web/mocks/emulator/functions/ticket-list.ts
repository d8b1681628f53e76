import { callerOf, type FuncContext } from "../context";
import type { ListSpec } from "../documents/list";
import type { Ticket } from "../state";
import { listTexts } from "./ticket-texts";

export function time(ms: number): string {
  return new Date(ms).toISOString().replace("T", " ").slice(0, 19);
}

/** The tickets the caller may see: a customer's own, every one for the operator. */
export function visibleTickets(ctx: FuncContext): Ticket[] {
  const { user } = callerOf(ctx);
  return user.level >= 29
    ? ctx.state.tickets
    : ctx.state.tickets.filter((ticket) => ticket.owner === user.name);
}

export function findTicket(ctx: FuncContext, id: string): Ticket | undefined {
  return visibleTickets(ctx).find((ticket) => String(ticket.id) === id);
}

export function serverName(ctx: FuncContext, id: number): string {
  const server = ctx.state.servers.find((candidate) => candidate.id === id);
  return server ? server.name : "";
}

export const listSpec: ListSpec<Ticket> = {
  name: "ticket",
  key: "id",
  keyname: "subject",
  texts: listTexts,
  hiddenFields: ["state"],
  columns: [
    { name: "id", sort: "digit", align: "right" },
    { name: "subject", sort: "alpha" },
    { name: "owner", sort: "alpha", minLevel: 29 },
    { name: "server", sort: "alpha" },
    { name: "status", type: "msg", sort: "alpha" },
    { name: "updated", sort: "alpha" },
    // Not `messages`: that element name is the document's texts (§3.1).
    { name: "posts", sort: "digit", align: "right" },
  ],
  toolbar: [
    {
      name: "edit",
      buttons: [
        { name: "new", func: "ticket.edit", type: "new", img: "t-new" },
        {
          name: "edit",
          func: "ticket.edit",
          type: "edit",
          img: "t-edit",
          isDefault: true,
          noGroupEdit: true,
        },
        {
          name: "close",
          func: "ticket.close",
          type: "group",
          img: "t-close",
          conditions: [{ kind: "hide", name: "state", value: "closed" }],
        },
        { name: "delete", func: "ticket.delete", type: "group", img: "t-delete", minLevel: 29 },
      ],
    },
  ],
  rows: (ctx) => [...visibleTickets(ctx)].sort((a, b) => b.id - a.id),
  cells: (ticket, ctx) => ({
    id: String(ticket.id),
    subject: ticket.subject,
    owner: ticket.owner,
    server: serverName(ctx, ticket.serverId),
    status: `status_${ticket.status}`,
    updated: time(ticket.messages.at(-1)?.time ?? ticket.created),
    posts: String(ticket.messages.length),
    state: ticket.status,
  }),
};
