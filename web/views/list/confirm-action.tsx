import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { useText } from "../../ui/lang-context";
import type { ButtonModel, ListModel } from "../../xjson/model";
import { confirmText } from "./row-names";
import type { PendingConfirm } from "./use-list-actions";

/** Delete-like actions get a red confirmation: the panel's delete icon or name says so. */
function isDestructive(button: ButtonModel): boolean {
  return button.img === "t-delete" || button.name === "delete";
}

interface ConfirmActionProps {
  pending: PendingConfirm;
  list: ListModel;
  onCancel: () => void;
  onAccept: () => void;
}

/** The panel's question before a group action, with the rows it is about by name. */
export function ConfirmAction({
  pending: { button, rows },
  list,
  onCancel,
  onAccept,
}: ConfirmActionProps) {
  const t = useText();
  return (
    <Dialog
      title={button.caption}
      onClose={onCancel}
      actions={
        <>
          <Button onClick={onCancel}>{t("cancel")}</Button>
          <Button variant={isDestructive(button) ? "danger" : "primary"} onClick={onAccept}>
            {button.caption}
          </Button>
        </>
      }
    >
      <p>{confirmText(button, rows, list, (count) => t("andMore", { count }))}</p>
    </Dialog>
  );
}
