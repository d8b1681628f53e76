import { lookup } from "../../../xjson/dict";
import type { OptionModel, TreeNodeModel } from "../../../xjson/model";
import { uniqueKeys } from "../../keys";
import type { FieldProps } from "./field-props";
import { safeUrl } from "./safe-url";

/** Options whose `depend` matches the current value of the field the select depends on. */
function visibleOptions(props: FieldProps<"select">): OptionModel[] {
  const { field, values } = props;
  return field.options.filter(
    (option) =>
      option.depend === undefined ||
      field.depend === undefined ||
      lookup(values, field.depend) === option.depend,
  );
}

/** An option's colour mark and picture, when the panel gives them. */
function OptionMarks({ option }: { option: OptionModel }) {
  const image = option.image ? safeUrl(option.image, { images: true }) : undefined;
  return (
    <>
      {option.color && (
        <span className="option-color" style={{ background: option.color }} aria-hidden="true" />
      )}
      {image && <img className="option-image" src={image} alt="" />}
    </>
  );
}

/** Radio buttons, one per option. */
function Radios(props: FieldProps<"select">) {
  const options = visibleOptions(props);
  const keys = uniqueKeys(options, (option) => option.key);
  return (
    <div
      role="radiogroup"
      aria-labelledby={`${props.id}-label`}
      aria-describedby={props.describedBy}
      className="radio-group"
    >
      {options.map((option, index) => (
        <label key={keys[index]}>
          <input
            type="radio"
            name={props.field.name}
            value={option.key}
            checked={props.value === option.key}
            disabled={props.locked}
            onChange={() => {
              props.onChange(option.key);
            }}
          />
          <OptionMarks option={option} />
          {option.label}
        </label>
      ))}
    </div>
  );
}

/** Several choices: a checkbox per option, sent as keys joined with ", " (§6.3). */
function Multiple(props: FieldProps<"select">) {
  const options = visibleOptions(props);
  const keys = uniqueKeys(options, (option) => option.key);
  const chosen = new Set(props.value.split(/,\s*/).filter(Boolean));
  return (
    <div
      role="group"
      aria-labelledby={`${props.id}-label`}
      aria-describedby={props.describedBy}
      className="check-group"
    >
      {options.map((option, index) => (
        <label key={keys[index]}>
          <input
            type="checkbox"
            name={props.field.name}
            value={option.key}
            checked={chosen.has(option.key)}
            disabled={props.locked}
            onChange={(event) => {
              const next = new Set(chosen);
              if (event.target.checked) next.add(option.key);
              else next.delete(option.key);
              // In the options' order, so the same choice is always sent the same way.
              props.onChange(
                options
                  .map((item) => item.key)
                  .filter((key) => next.has(key))
                  .join(", "),
              );
            }}
          />
          <OptionMarks option={option} />
          {option.label}
        </label>
      ))}
    </div>
  );
}

/** A select from `slist`: a dropdown, radio buttons or several choices. */
export function Select(props: FieldProps<"select">) {
  if (props.field.radio) return <Radios {...props} />;
  if (props.field.multiple) return <Multiple {...props} />;
  const options = visibleOptions(props);
  const keys = uniqueKeys(options, (option) => option.key);
  return (
    <select
      id={props.id}
      name={props.field.name}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      aria-required={props.field.required || undefined}
      disabled={props.locked}
      value={props.value}
      onBlur={props.onBlur}
      onChange={(event) => {
        props.onChange(event.target.value);
      }}
    >
      {options.map((option, index) => (
        <option key={keys[index]} value={option.key} style={{ color: option.color }}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

function TreeLevel(props: FieldProps<"tree"> & { nodes: TreeNodeModel[] }) {
  const keys = uniqueKeys(props.nodes, (node) => node.key);
  return (
    <ul>
      {props.nodes.map((node, index) => (
        <li key={keys[index]}>
          {node.selectable ? (
            <label>
              <input
                type="radio"
                name={props.field.name}
                value={node.key}
                checked={props.value === node.key}
                disabled={props.locked}
                onChange={() => {
                  props.onChange(node.key);
                }}
              />
              {node.label}
            </label>
          ) : (
            <span className="tree-group">{node.label}</span>
          )}
          {node.children.length > 0 && <TreeLevel {...props} nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}

/** A tree picker: one node is chosen, its key is the value. */
export function Tree(props: FieldProps<"tree">) {
  return (
    <div
      role="radiogroup"
      aria-labelledby={`${props.id}-label`}
      aria-describedby={props.describedBy}
      className="tree-field"
    >
      <TreeLevel {...props} nodes={props.field.nodes} />
    </div>
  );
}
