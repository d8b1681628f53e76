import { partTexts } from "../../ui/part-texts";

/** The Tasks panel's own words; the shared ones are in ui/strings-*.ts. */
export const useTaskText = partTexts({
  en: {
    tasksRunning: "{count} running",
    taskFinished: "{task}: finished",
    taskDone: "Finished",
    tasksRunningTab: "Running",
    tasksDoneTab: "Finished",
    clearFinished: "Clear finished",
  },
  ru: {
    tasksRunning: "Выполняется: {count}",
    taskFinished: "{task}: завершено",
    taskDone: "Завершено",
    tasksRunningTab: "Выполняются",
    tasksDoneTab: "Завершены",
    clearFinished: "Убрать завершённые",
  },
});
