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

/**
 * The options as radio buttons (one choice) or checkboxes (several, sent as keys joined with ", ",
 * §6.3), each with its colour and picture.
 */
function ChoiceGroup({ several, ...props }: FieldProps<"select"> & { several: boolean }) {
  const options = visibleOptions(props);
  const keys = uniqueKeys(options, (option) => option.key);
  const chosen = new Set(several ? props.value.split(/,\s*/).filter(Boolean) : [props.value]);
  const toggle = (key: string, on: boolean) => {
    if (!several) {
      props.onChange(key);
      return;
    }
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    // In the options' order, so the same choice is always sent the same way.
    props.onChange(
      options
        .map((item) => item.key)
        .filter((item) => next.has(item))
        .join(", "),
    );
  };
  return (
    <div
      role={several ? "group" : "radiogroup"}
      aria-labelledby={`${props.id}-label`}
      aria-describedby={props.describedBy}
      className={several ? "check-group" : "radio-group"}
    >
      {options.map((option, index) => (
        <label key={keys[index]}>
          <input
            type={several ? "checkbox" : "radio"}
            name={props.field.name}
            value={option.key}
            checked={chosen.has(option.key)}
            disabled={props.locked}
            onChange={(event) => {
              toggle(option.key, event.target.checked);
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
  if (props.field.radio || props.field.multiple)
    return <ChoiceGroup {...props} several={props.field.multiple} />;
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
