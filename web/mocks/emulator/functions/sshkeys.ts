import { callerOf, type FuncContext, type FuncDef } from "../context";
import { groupAction, ok } from "../documents/actions";
import { editTarget } from "../documents/edit";
import { isSubmit, readSubmitted, renderForm, type FormSpec } from "../documents/form";
import { renderList, type ListSpec } from "../documents/list";
import { MgrFault } from "../errors";
import type { Texts } from "../i18n";
import { nextId, type SshKey } from "../state";

const texts: Texts = {
  en: {
    title: "SSH keys",
    name: "Name",
    owner: "Owner",
    fingerprint: "Key",
    key: "Public key",
    short_new: "Add",
    hint_new: "Add a public key",
    short_edit: "Edit",
    short_delete: "Delete",
    msg_confirm_delete: "Delete the keys",
    main: "Key",
    msg_ok: "Save",
    msg_cancel: "Cancel",
  },
  ru: {
    title: "SSH-ключи",
    name: "Имя",
    owner: "Владелец",
    fingerprint: "Ключ",
    key: "Открытый ключ",
    short_new: "Добавить",
    hint_new: "Добавить открытый ключ",
    short_edit: "Изменить",
    short_delete: "Удалить",
    msg_confirm_delete: "Удалить ключи",
    main: "Ключ",
    msg_ok: "Сохранить",
    msg_cancel: "Отмена",
  },
};

function ownKeys(ctx: FuncContext): SshKey[] {
  const { user } = callerOf(ctx);
  return user.level >= 29
    ? ctx.state.sshKeys
    : ctx.state.sshKeys.filter((key) => key.owner === user.name);
}

const listSpec: ListSpec<SshKey> = {
  name: "sshpubkey",
  key: "id",
  keyname: "name",
  texts,
  columns: [
    { name: "name", sort: "alpha" },
    { name: "owner", sort: "alpha", minLevel: 29 },
    { name: "fingerprint" },
  ],
  toolbar: [
    {
      name: "edit",
      buttons: [
        { name: "new", func: "sshpubkey.edit", type: "new", img: "t-new" },
        {
          name: "edit",
          func: "sshpubkey.edit",
          type: "edit",
          img: "t-edit",
          isDefault: true,
          noGroupEdit: true,
        },
        { name: "delete", func: "sshpubkey.delete", type: "group", img: "t-delete" },
      ],
    },
  ],
  rows: ownKeys,
  cells: (key) => {
    const [type = "", body = ""] = key.key.split(" ");
    return {
      id: String(key.id),
      name: key.name,
      owner: key.owner,
      fingerprint: `${type} …${body.slice(-12)}`,
    };
  },
};

const formSpec: FormSpec = {
  name: "sshpubkey.edit",
  texts,
  pages: [
    {
      name: "main",
      fields: [
        { name: "name", control: { kind: "input", maxlength: 64 }, required: true },
        { name: "key", control: { kind: "textarea", rows: 4, maxlength: 16384 }, required: true },
      ],
    },
  ],
};

export const sshKeyFunctions: FuncDef[] = [
  {
    name: "sshpubkey",
    summary: "SSH public keys: an operator's list shows everybody's",
    handle: (ctx) => renderList(ctx, listSpec),
  },
  {
    name: "sshpubkey.edit",
    summary: "Add a key (no elid) or rename one (elid=id)",
    handle(ctx) {
      const { isNew, item: key } = editTarget(ctx, "sshpubkey", (id) =>
        ownKeys(ctx).find((candidate) => String(candidate.id) === id),
      );
      if (isSubmit(ctx)) {
        const values = readSubmitted(ctx, formSpec, { isNew, partial: !isNew });
        const material = values.key === undefined ? undefined : values.key.trim();
        if (
          material !== undefined &&
          !/^(ssh-rsa|ssh-ed25519|ecdsa-sha2-\S+) [A-Za-z0-9+/=]{16,}( .*)?$/.test(material)
        ) {
          throw new MgrFault("value", "key", material.slice(0, 40));
        }
        if (key) {
          if (values.name) key.name = values.name;
          if (material) key.key = material;
        } else {
          ctx.state.sshKeys.push({
            id: nextId(ctx.state, "sshkey"),
            owner: callerOf(ctx).user.name,
            name: values.name ?? "",
            key: material ?? "",
          });
        }
        return ok();
      }
      return renderForm(ctx, formSpec, {
        values: key ? { name: key.name, key: key.key } : {},
        elid: key ? String(key.id) : "",
        isNew,
      });
    },
  },
  {
    name: "sshpubkey.delete",
    summary: "Delete keys (elid=ids)",
    handle: (ctx) =>
      groupAction(
        ctx,
        "sshpubkey",
        (id) => ownKeys(ctx).find((key) => String(key.id) === id),
        (key) => {
          ctx.state.sshKeys = ctx.state.sshKeys.filter((candidate) => candidate !== key);
        },
      ),
  },
];
