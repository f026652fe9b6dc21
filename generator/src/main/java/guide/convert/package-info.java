/**
 * Convert phase: each AsciiDoc page under content/ becomes a {@link guide.convert.Manuscript} (header, headings, lines, converted body) in memory, with AsciidoctorJ in SERVER safe mode; drafts are marked here, machine attributes locked, and any failure of a file is a problem naming it. Pages convert independently of each other.
 */
package guide.convert;
