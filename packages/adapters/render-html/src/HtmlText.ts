/**
 * Text from the data made safe to stand in HTML, as element content or as a quoted attribute
 * value: `&`, `<`, `>`, `"` and `'` become character references, so an activity named
 * `<img src=x onerror=alert(1)>` is shown as those characters and never becomes an element.
 *
 * @category formatting
 * @since 0.1.0
 */
export const escapeHtml = (value: string): string =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")

/**
 * An id for an element, made only of letters, digits and hyphens, so that text from the data can
 * name an anchor without escaping.
 *
 * @category formatting
 * @since 0.1.0
 */
export const elementId = (...parts: ReadonlyArray<string>): string =>
  parts
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
