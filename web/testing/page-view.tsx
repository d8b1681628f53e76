import type { ReactElement } from "react";

import { PageView } from "../views/page-view";
import { PlaceContext } from "../views/place";
import type { PageModel } from "../xjson/model";

/** Where test pages are drawn: a panel, and no function in the address (each page names its own). */
const place = { panel: "dcimgr" };

/** A page drawn as the app draws it, in English, with nothing loading, inside a panel's place. */
export function drawnPage(page: PageModel): ReactElement {
  return (
    <PlaceContext value={place}>
      <PageView
        panel={place.panel}
        lang="en"
        page={page}
        params={{}}
        refetch={() => undefined}
        isFetching={false}
      />
    </PlaceContext>
  );
}
