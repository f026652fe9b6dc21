/**
 * Edition colours: the colours a local edition picks, checked for WCAG AA contrast, and written to css/brand.css (an emitter).
 */
package guide.brand;
