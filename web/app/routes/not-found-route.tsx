import { defaultPanel } from "../config";
import { useText } from "../../ui/lang-context";
import { Link } from "../../ui/link";

export function NotFoundRoute() {
  const t = useText();
  return (
    <main className="app-main">
      <p>{t("notFound")}</p>
      <Link to={`/${defaultPanel()}`}>{t("appName")}</Link>
    </main>
  );
}
