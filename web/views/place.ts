import { createContext, use } from "react";

/** Where in the console a view is: its panel and, on a function's page, the function. */
export interface Place {
  panel: string;
  func?: string;
}

/**
 * The place the address names, provided by the app's routes (`app/router.tsx`). Outside them, as
 * when a test draws one view, there is no panel and no function.
 */
export const PlaceContext = createContext<Place>({ panel: "" });

/** The panel and function of the current address (`/<panel>/<func>`). */
export function usePlace(): Place {
  return use(PlaceContext);
}
