import { createContext, use } from "react";

/** Where in the console a view is: its panel and, on a function's page, the function. */
export interface Place {
  panel: string;
  func?: string;
}

/** The place the address names, provided by the app's routes (`app/router.tsx`). */
export const PlaceContext = createContext<Place | null>(null);

/**
 * The panel and function of the current address (`/<panel>/<func>`). Outside the app's routes
 * there is none, and that is a mistake: a link built on an empty panel (`//server`) would lead
 * to another site.
 */
export function usePlace(): Place {
  const place = use(PlaceContext);
  if (!place) throw new Error("usePlace is used outside the app's routes");
  return place;
}
