/**
 * What one build knows about the whole site once its pages are converted: settings, sources, manuscripts and their reading order, data files, interface text, templates and the catalogue.
 */
package guide.site;
