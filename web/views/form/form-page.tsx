import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useLocation } from "react-router";

import { entryIndex, setEntryState } from "../../ui/history";
import { useNavigate } from "../../ui/navigation";
import { urlFilterParams } from "../../api/list-filter";
import { pageQuery } from "../../api/queries";
import { useScope } from "../../api/scope";
import type { FormModel } from "../../xjson/model";
import { useFollowUp } from "../follow-up";
import { openWindow } from "../open-window";
import { funcUrl, listFuncOf, withParams, type BackState } from "../urls";
import { appAddress } from "../../stores/app-address";
import { useCommandStore } from "../../stores/command-store";
import { useTaskStore } from "../../stores/task-store";
import { useToastStore } from "../../stores/toast-store";
import { Alert } from "../../ui/alert";
import { useText } from "../../ui/lang-context";
import { Link } from "../../ui/link";
import { useFormText } from "./form-texts";
import { FormView } from "./form-view";
import { finishWizardRun, isFinishedWizardRun, newWizardRun } from "./wizard-runs";
import { typedValues } from "./form-values";

/**
 * Where a form opened from an address (typed, pasted, a bookmark) goes when it is done: its
 * object's list by the naming of §1.2 (`server.edit` → `server`, a sub-list's with its parent),
 * else the panel's start page. Never back in the browser's history, which may lead off the app.
 */
function listOf(panel: string, form: FormModel): `/${string}` {
  const object = listFuncOf(form.func);
  if (!object) return `/${panel}`;
  return funcUrl(panel, object, form.plid ? { elid: form.plid } : {});
}

interface FormPageProps {
  panel: string;
  form: FormModel;
  refetch: () => void;
}

/**
 * A form as a page: where it goes when it is done (a follow-up, the list it came from, with the
 * filter it set in that list's address), other functions it opens, windows, and wizard steps,
 * each of which gets its own address so reload and Back work.
 */
export function FormPage({ panel, form, refetch }: FormPageProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const scope = useScope();
  const followUp = useFollowUp(panel);
  const backState = (location.state as BackState | null) ?? {};
  const { filterOf, from } = backState;
  const wizard = typeof backState.wizard === "string" ? backState.wizard : undefined;
  // The object by the name its view gave it, else by the name the address carries (`elname`, §3).
  const subject =
    backState.subject ?? (new URLSearchParams(location.search).get("elname") || undefined);
  // History state outlives the code that wrote it: only an address inside the app is followed.
  const back = appAddress(backState.back);
  const t = useText();
  const ft = useFormText();
  const showToast = useToastStore((state) => state.show);
  const addTask = useTaskStore((state) => state.add);
  const remember = useCommandStore((state) => state.remember);
  // A location's path always starts at the root.
  const here = `${location.pathname}${location.search}` as `/${string}`;
  useEffect(() => {
    if (subject) remember({ label: `${form.title}: ${subject}`, to: here, state: location.state });
  }, [form.title, subject, here, remember, location.state]);
  // A step can come back to the same address (the same form shown again): still a new form.
  const [round, setRound] = useState(0);
  if (isFinishedWizardRun(wizard))
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{form.title}</h1>
        <Alert tone="info">{ft("wizardDone")}</Alert>
        <p>
          <Link to={back ?? listOf(panel, form)}>{from ?? t("goHome")}</Link>
        </p>
      </section>
    );
  return (
    <FormView
      // Each step of a wizard is its own address, and its own form.
      key={`${form.func}:${form.elid}:${location.search}:${String(round)}`}
      form={form}
      subject={subject}
      typed={typedValues(backState)}
      trail={back && from ? { to: back, label: from } : undefined}
      onDone={(result, submitted, progressId, caption) => {
        // A new object has no name yet, and a wizard's title names its step: the action alone.
        if (!filterOf && result)
          showToast(
            subject
              ? t("actionDoneOn", {
                  action: caption ?? form.title,
                  objects: `${form.title} ${subject}`,
                })
              : ft("actionDone", { action: caption ?? form.title }),
          );
        if (wizard && result) finishWizardRun(wizard);
        if (progressId && !filterOf)
          addTask({
            progressId,
            label: subject ? `${form.title}: ${subject}` : form.title,
            to: back ?? here,
            key: form.elid || undefined,
          });
        if (followUp(result, { replace: true })) return;
        if (back && filterOf && submitted)
          navigate(withParams(back, urlFilterParams(filterOf, form.func, submitted)), {
            replace: true,
          });
        else if (back && backState.backIndex === entryIndex() - 1) navigate(-1);
        else navigate(back ?? listOf(panel, form), { replace: true });
      }}
      onOpen={(func, params) => {
        navigate(funcUrl(panel, func, params), {
          state: { back: here, backIndex: entryIndex() },
        });
      }}
      onWindow={openWindow}
      onReload={refetch}
      onStep={(next, values, typed) => {
        // Back to this step shows what was typed into it; the form's own Back asks the panel.
        const run = wizard ?? newWizardRun();
        setEntryState({ ...backState, values: typed, wizard: run });
        // The panel rebuilds a step from its values (the carried ones are hidden fields), so the
        // step's address holds them, passwords left out; the answer already in hand is its page.
        const params = { ...values, elid: next.elid || undefined, plid: next.plid };
        const defined = Object.fromEntries(
          Object.entries(params).filter(
            (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "",
          ),
        );
        queryClient.setQueryData(pageQuery(scope, next.func, defined).queryKey, next);
        setRound((current) => current + 1);
        navigate(funcUrl(panel, next.func, defined), { state: { back, from, wizard: run } });
      }}
    />
  );
}
