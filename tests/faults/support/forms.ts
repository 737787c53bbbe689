/** Submitting a page's form the way a browser without JavaScript does (multipart POST to the page). */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

function elements(nodes: ChildNode[], out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      out.push(node as Element);
      elements((node as Element).children, out);
    }
  }
  return out;
}

/** The named fields of the form labelled `label` (hidden inputs included), ready to fill in. */
export function formFields(html: string, label: string): FormData {
  const all = elements(parseDocument(html).children);
  const form = all.find((e) => e.name === 'form' && e.attribs['aria-label'] === label);
  if (!form) throw new Error(`No form labelled "${label}" on the page`);
  const data = new FormData();
  for (const field of elements(form.children)) {
    if ((field.name === 'input' || field.name === 'textarea') && field.attribs.name && field.attribs.type !== 'submit')
      data.set(field.attribs.name, field.attribs.value ?? '');
  }
  return data;
}
