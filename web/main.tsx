import { createRoot } from "react-dom/client";

import { startConsole } from "./app/start";
import "./ui/theme.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
void startConsole(createRoot(root));
