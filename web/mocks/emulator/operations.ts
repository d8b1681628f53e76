import type { Server, State } from "./state";

export const operationSeconds = { install: 1200, diag: 600, rescue: 180 } as const;

/** Percent done of a running operation, 0–99 while it runs. */
export function operationPercent(server: Server, now: number): number | undefined {
  const operation = server.operation;
  if (!operation) return undefined;
  const elapsed = (now - operation.startedAt) / 1000;
  return Math.min(99, Math.max(0, Math.floor((elapsed / operation.durationSec) * 100)));
}

/** What a running operation is doing, for hints and progress bars. */
export function operationText(server: Server, now: number, lang: "en" | "ru"): string {
  const operation = server.operation;
  if (!operation) return "";
  const percent = operationPercent(server, now) ?? 0;
  const template = operation.template.replace(/^ISPsystem__/, "");
  const verbs = {
    en: {
      install: `Installing ${template}`,
      diag: "Running diagnostics",
      rescue: "Booting the rescue system",
    },
    ru: {
      install: `Установка ${template}`,
      diag: "Диагностика",
      rescue: "Загрузка системы восстановления",
    },
  };
  return `${verbs[lang][operation.kind]}: ${percent}%`;
}

/**
 * Finishes operations whose time has come: the server leaves `install_in_progress`, powered
 * on, or `operation_failed` when the run was set to fail. Returns whether anything changed.
 */
export function advanceOperations(state: State, now: number): boolean {
  let changed = false;
  for (const server of state.servers) {
    const operation = server.operation;
    if (!operation || now < operation.startedAt + operation.durationSec * 1000) continue;
    server.operation = undefined;
    server.operationFailed = operation.fails === true;
    if (operation.kind !== "diag") server.power = "on";
    changed = true;
  }
  const before = state.progress.length;
  state.progress = state.progress.filter((entry) =>
    state.servers.some((server) => server.id === entry.serverId && server.operation),
  );
  return changed || before !== state.progress.length;
}
