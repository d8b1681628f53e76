import { Select, Tree } from "./choice-fields";
import {
  Captcha,
  Desc,
  Frame,
  HtmlData,
  Img,
  Link,
  TextData,
  Ticket,
  UnsupportedField,
} from "./display-fields";
import type { FieldRegistry } from "./field-props";
import { Checkbox, DateTime, FileInput, Hidden, Slider, TextArea, TextInput } from "./input-fields";
import { EmbeddedList } from "./list-field";

/**
 * How each field kind is drawn (mgr5-protocol.md §6.3). Typed so that a kind added to the model
 * without a renderer fails the type check; an unknown control arrives as `unsupported`.
 */
export const fieldRenderers: FieldRegistry = {
  text: { render: TextInput, labelled: true },
  checkbox: { render: Checkbox, labelled: true },
  hidden: { render: Hidden, labelled: false },
  file: { render: FileInput, labelled: true },
  select: { render: Select, labelled: true },
  textarea: { render: TextArea, labelled: true },
  slider: { render: Slider, labelled: true },
  datetime: { render: DateTime, labelled: true },
  textdata: { render: TextData, labelled: false },
  htmldata: { render: HtmlData, labelled: false },
  desc: { render: Desc, labelled: false },
  list: { render: EmbeddedList, labelled: false },
  tree: { render: Tree, labelled: false },
  link: { render: Link, labelled: false },
  img: { render: Img, labelled: false },
  frame: { render: Frame, labelled: false },
  ticket: { render: Ticket, labelled: false },
  captcha: { render: Captcha, labelled: true },
  unsupported: { render: UnsupportedField, labelled: false },
};
