// Every piece of data reaches the page through here: elements are built with createElement and text is
// set with textContent, so article text containing HTML or script is shown, never run.
import { isSafeUrl, markSegments } from "./text.js";

type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; testid?: string; title?: string; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.testid) node.dataset.testid = props.testid;
  if (props.title) node.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

export function clear(node: Element): void {
  node.replaceChildren();
}

/** A link only for http(s) URLs: a `javascript:` URL in stored data must never become clickable. */
export function safeLink(url: string | null | undefined, text: string, testid?: string): HTMLElement {
  if (isSafeUrl(url)) {
    return el("a", { testid, attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } }, text);
  }
  return el("span", { testid }, text);
}

/** The sentence as text nodes, with every occurrence of the given names wrapped in <mark>. */
export function highlighted(sentence: string, names: string[]): HTMLElement {
  const out = el("span", { class: "sentence", testid: "evidence-sentence" });
  for (const seg of markSegments(sentence, names))
    append(out, seg.mark ? el("mark", {}, seg.text) : seg.text);
  return out;
}
