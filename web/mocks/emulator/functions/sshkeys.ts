import { callerOf, type FuncContext, type FuncDef } from "../context";
import { groupAction, ok } from "../documents/actions";
import { editTarget } from "../documents/edit";
import { isSubmit, readSubmitted, renderForm, type FormSpec } from "../documents/form";
import { renderList, type ListSpec } from "../documents/list";
import { MgrFault } from "../errors";
import type { Texts } from "../i18n";
import { fileText } from "../params";
import { nextId, type SshKey } from "../state";

const texts: Texts = {
  en: {
    title: "SSH keys",
    name: "Name",
    owner: "Owner",
    fingerprint: "Key",
    key: "Public key",
    hint_key: "Paste the key, or leave this empty and choose the key file below",
    keyfile: "Key file",
    hint_keyfile: "A .pub file such as id_ed25519.pub; used when the field above is empty",
    nokey: "Paste a public key or choose a key file",
    notakey: "The file '__name__' is not an SSH public key",
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
    hint_key: "Вставьте ключ или оставьте поле пустым и выберите файл ключа ниже",
    keyfile: "Файл ключа",
    hint_keyfile: "Файл .pub, например id_ed25519.pub; используется, если поле выше пустое",
    nokey: "Вставьте открытый ключ или выберите файл ключа",
    notakey: "Файл '__name__' не является открытым SSH-ключом",
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

const keyPattern = /^(ssh-rsa|ssh-ed25519|ecdsa-sha2-\S+) [A-Za-z0-9+/=]{16,}( .*)?$/;

const formSpec: FormSpec = {
  name: "sshpubkey.edit",
  texts,
  pages: [
    {
      name: "main",
      fields: [
        { name: "name", control: { kind: "input", maxlength: 64 }, required: true },
        // Not required: a key file (multipart, §6.10) fills it when it is empty.
        { name: "key", control: { kind: "textarea", rows: 4, maxlength: 16384 } },
        { name: "keyfile", control: { kind: "input", type: "file" } },
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
    summary:
      "Add a key (no elid) or rename one (elid=id); multipart keyfile=<file> fills an empty key",
    handle(ctx) {
      const { isNew, item: key } = editTarget(ctx, "sshpubkey", (id) =>
        ownKeys(ctx).find((candidate) => String(candidate.id) === id),
      );
      if (isSubmit(ctx)) {
        const values = readSubmitted(ctx, formSpec, { isNew, partial: !isNew });
        const t = texts[ctx.lang];
        let material = values.key === undefined ? undefined : values.key.trim();
        const file = ctx.files.find((candidate) => candidate.field === "keyfile");
        if ((material === undefined || material === "") && file) {
          // The file is read as text; a key file holds one line (a comment may follow the key).
          material = fileText(file).trim();
          if (!keyPattern.test(material) || material.length > 16384)
            throw new MgrFault(
              "value",
              "keyfile",
              file.name,
              undefined,
              (t.notakey ?? "").replace("__name__", file.name),
            );
        }
        if (isNew && (material === undefined || material === ""))
          throw new MgrFault("value", "key", "", undefined, t.nokey);
        if (material !== undefined && material !== "" && !keyPattern.test(material)) {
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
