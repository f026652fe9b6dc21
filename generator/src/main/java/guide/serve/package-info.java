/**
 * The preview server: serves the built site on 127.0.0.1, rebuilds on every save with a warm pipeline, and shows problems in the browser.
 */
package guide.serve;
