/**
 * Settings: site.properties and local/site.properties read once into an immutable, checked {@link guide.config.SiteConfig}; every setting and its default declared in one list.
 */
package guide.config;
