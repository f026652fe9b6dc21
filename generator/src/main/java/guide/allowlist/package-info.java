/**
 * What a page may contain: every converted page body is held to an allow-list of elements, attributes and
 * URL schemes (jsoup's Safelist); anything else is an error at the AsciiDoc line that wrote it (a check).
 */
package guide.allowlist;
