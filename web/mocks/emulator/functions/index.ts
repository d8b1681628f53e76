import type { FuncDef } from "../context";
import { authFunctions } from "./auth";
import { collapseFunction } from "./collapse";
import { currentDetails } from "./current-details";
import { dcisettings } from "./dcisettings";
import { desktop } from "./desktop";
import { equipmentFunctions } from "./equipment";
import { iplistFunctions } from "./iplist";
import { monitoringFunctions } from "./monitoring";
import { panelFunctions } from "./panel";
import { serverActions } from "./server-actions";
import { serverConnection } from "./server-children";
import { serverConnectionEdit } from "./server-connection-edit";
import { serverConnectionAutoIpmi } from "./server-connection-ipmi";
import { serverAdd } from "./server-add";
import { serverEdit } from "./server-edit";
import { serverFilter } from "./server-filter";
import { serverList } from "./server-list";
import { serverOperations } from "./server-operations";
import { settingsFunctions } from "./settings";
import { sshKeyFunctions } from "./sshkeys";
import { ticketFunctions } from "./tickets";
import { traffic } from "./traffic";
import { trafficBurstable } from "./traffic-burstable";
import { trafficDetails } from "./traffic-details";
import { trafficBurstablePie, trafficPie } from "./traffic-pie";
import { userFunctions } from "./users";

/** Every function the emulator answers, by name. */
export const functions: ReadonlyMap<string, FuncDef> = new Map(
  [
    ...authFunctions,
    desktop,
    ...panelFunctions,
    serverList,
    serverFilter,
    serverEdit,
    serverAdd,
    serverOperations,
    ...serverActions,
    ...serverConnection,
    serverConnectionEdit,
    serverConnectionAutoIpmi,
    ...iplistFunctions,
    ...equipmentFunctions,
    ...settingsFunctions,
    dcisettings,
    // Reads the map itself, at call time, to know which forms exist.
    collapseFunction((name) => functions.has(name)),
    ...userFunctions,
    ...sshKeyFunctions,
    ...ticketFunctions,
    ...monitoringFunctions,
    traffic,
    trafficBurstable,
    trafficDetails,
    trafficPie,
    trafficBurstablePie,
    currentDetails,
  ].map((def) => [def.name, def]),
);
