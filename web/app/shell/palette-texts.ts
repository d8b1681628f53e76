import { partTexts } from "../../ui/part-texts";

/** The command palette's own words; the shared ones are in ui/strings-*.ts. */
export const usePaletteText = partTexts({
  en: {
    paletteSearch: "Type a page, an action or an object",
    paletteAction: "Action",
    paletteRecent: "Recent",
  },
  ru: {
    paletteSearch: "Страница, действие или объект",
    paletteAction: "Действие",
    paletteRecent: "Недавнее",
  },
});
