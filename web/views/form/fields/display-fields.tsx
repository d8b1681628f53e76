import { useEffect, useState } from "react";

import { uniqueKeys } from "../../keys";
import { Unsupported as Placeholder } from "../../unsupported";
import type { FieldProps } from "./field-props";
import { safeUrl } from "./safe-url";
import { loadSanitizer, sanitizeHtml } from "./sanitize";
import { useFormText } from "../form-texts";

export function TextData({ field }: FieldProps<"textdata">) {
  return (
    <p
      className={field.warning ? "form-text form-warning" : "form-text"}
      role={field.warning ? "note" : undefined}
    >
      {field.text}
    </p>
  );
}

/** Read-only HTML from the panel, sanitized: the one place server markup is drawn. */
export function HtmlData({ field }: FieldProps<"htmldata">) {
  const safe = sanitizeHtml(field.html);
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (safe === undefined)
      void loadSanitizer().then(() => {
        setLoaded(true);
      });
  }, [safe]);
  return (
    <div
      className="form-html"
      aria-busy={safe === undefined}
      style={field.height ? { maxHeight: field.height, overflow: "auto" } : undefined}
      // Sanitized by DOMPurify just before drawing; empty until it is loaded.
      dangerouslySetInnerHTML={safe === undefined ? undefined : { __html: safe }}
    />
  );
}

export function Desc({ field }: FieldProps<"desc">) {
  return <p className="form-desc">{field.text}</p>;
}

export function Link({ field }: FieldProps<"link">) {
  const url = safeUrl(field.url);
  if (!url) return <span>{field.text}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {field.text || url}
    </a>
  );
}

export function Img({ field }: FieldProps<"img">) {
  const src = safeUrl(field.src, { images: true });
  return src ? <img className="form-img" src={src} alt={field.label} /> : null;
}

/**
 * Another page inside the form, sandboxed: it runs no script. A page of this origin (the panel's
 * own printout) may use the session cookie to load; any other is a stranger with no origin.
 */
export function Frame({ field }: FieldProps<"frame">) {
  const src = safeUrl(field.src);
  if (!src) return null;
  const ours = new URL(src).origin === window.location.origin;
  return (
    <iframe
      className="form-frame"
      src={src}
      title={field.label || field.name}
      sandbox={ours ? "allow-same-origin" : ""}
      referrerPolicy="no-referrer"
      style={{ height: field.height ?? 240 }}
    />
  );
}

/** A support-ticket thread: who wrote what and when, with attachments. */
export function Ticket({ field }: FieldProps<"ticket">) {
  const ft = useFormText();
  const keys = uniqueKeys(field.messages, (message) => `${message.date}|${message.author}`);
  if (field.messages.length === 0) return <p className="empty-state">{ft("noMessages")}</p>;
  return (
    <ol className="ticket-thread">
      {field.messages.map((message, index) => (
        <li key={keys[index]} className={`ticket-message ticket-${message.direction}`}>
          <p className="ticket-meta">
            <strong>{message.author}</strong> <time>{message.date}</time>
          </p>
          <p className="ticket-text">{message.text}</p>
          {message.attachments.length > 0 && (
            <ul className="ticket-files" aria-label={ft("attachments")}>
              {message.attachments.map((file, fileIndex) => {
                const url = file.url ? safeUrl(file.url) : undefined;
                return (
                  <li key={`${file.name}-${String(fileIndex)}`}>
                    {url ? (
                      <a href={url} target="_blank" rel="noopener noreferrer" download>
                        {file.name}
                      </a>
                    ) : (
                      file.name
                    )}
                    {file.size && <span className="file-size"> ({file.size})</span>}
                  </li>
                );
              })}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

/** A captcha: its picture and an answer field, with a note that some captchas need the panel's own page. */
export function Captcha(props: FieldProps<"captcha">) {
  const ft = useFormText();
  const src = props.field.src ? safeUrl(props.field.src, { images: true }) : undefined;
  return (
    <span className="captcha">
      {src && <img src={src} alt={ft("captchaImage")} />}
      <input
        id={props.id}
        name={props.field.name}
        value={props.value}
        aria-describedby={`${props.id}-captcha-note`}
        autoComplete="off"
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      />
      <span id={`${props.id}-captcha-note`} className="field-hint">
        {ft("captchaNote")}
      </span>
    </span>
  );
}

export function UnsupportedField({ field }: FieldProps<"unsupported">) {
  const ft = useFormText();
  return (
    <Placeholder what="field" kind={field.control} className="field">
      {field.label}: {ft("unsupportedField")} ({field.control})
    </Placeholder>
  );
}
