/**
 * Components: each component's style and script joined into css/guide.css and js/guide.js (an emitter).
 */
package guide.bundle;
