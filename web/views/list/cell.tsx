import type { ReactNode } from "react";

import { lookup } from "../../xjson/dict";
import { activeProps, propHint } from "../../xjson/hints";
import type { CellModel, ColumnModel, ColumnType, Messages, RowModel } from "../../xjson/model";
import { drillDown } from "../../xjson/parse-report-link";
import { StatusIcon } from "../../ui/status-icon";
import { uniqueKeys } from "../keys";
import { funcUrl } from "../urls";
import { Link } from "../../ui/link";

interface CellProps {
  column: ColumnModel;
  row: RowModel;
  messages: Messages;
}

function StatusIcons({ column, row, messages }: CellProps) {
  const active = activeProps(column, row);
  const keys = uniqueKeys(active, ({ prop }) => `${prop.name}:${prop.value ?? ""}`);
  return (
    <span className="pills">
      {active.map(({ prop, value }, index) => (
        <StatusIcon
          key={keys[index]}
          img={prop.img}
          label={propHint(messages, prop.name, value)}
          value={value}
        />
      ))}
    </span>
  );
}

function Data({ cell }: { cell: CellModel }) {
  const orig = lookup(cell.attrs, "orig");
  // A long value may be cut short (a long page keeps its columns still): its whole text on hover.
  const title = orig && orig !== cell.text ? orig : cell.text.length > 20 ? cell.text : undefined;
  return <span title={title}>{cell.text}</span>;
}

function Message({ cell, messages }: { cell: CellModel; messages: Messages }) {
  return <>{lookup(messages, `msg_${cell.text}`) ?? lookup(messages, cell.text) ?? cell.text}</>;
}

function Indicator({ cell, column }: { cell: CellModel; column: ColumnModel }) {
  const percent = Number.parseFloat(cell.text);
  if (!Number.isFinite(percent)) return <Data cell={cell} />;
  return (
    <span className="indicator" title={cell.text}>
      <meter
        min={0}
        max={100}
        value={Math.min(100, Math.max(0, percent))}
        aria-label={column.title}
      />
      {cell.text}
    </span>
  );
}

/**
 * How each column type draws a cell (mgr5-protocol.md §5.3). Typed so that a column type added
 * to the model without a renderer fails the type check; unknown types arrive as `data`.
 */
const cellRenderers = {
  data: (props) => {
    const cell = lookup(props.row.cells, props.column.name);
    return cell ? <Data cell={cell} /> : null;
  },
  msg: (props) => {
    const cell = lookup(props.row.cells, props.column.name);
    return cell ? <Message cell={cell} messages={props.messages} /> : null;
  },
  indicator: (props) => {
    const cell = lookup(props.row.cells, props.column.name);
    return cell ? <Indicator cell={cell} column={props.column} /> : null;
  },
  prop: (props) => <StatusIcons {...props} />,
} satisfies Record<ColumnType, (props: CellProps) => ReactNode>;

/**
 * One cell by its column's type: text, a translated message, an indicator or status icons. In a
 * `link` column a cell that names a target opens that view (a drill-down, §7.1); `panel` says
 * which panel's views, `tabIndex` the link's place in a grid's roving tab stop.
 */
export function Cell(props: CellProps & { panel?: string; tabIndex?: number }) {
  const content = cellRenderers[props.column.type](props);
  const target = props.panel ? drillDown(props.column, props.row) : undefined;
  if (!props.panel || !target) return content;
  // funcUrl also records the function as one the panel offered, so the address guard opens it.
  return (
    <Link
      to={funcUrl(props.panel, target.func, target.params)}
      title={props.column.hint}
      tabIndex={props.tabIndex}
    >
      {content}
    </Link>
  );
}
