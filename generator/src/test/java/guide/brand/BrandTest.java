package guide.brand;

import guide.config.SiteConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BrandTest {
    @Test
    void contrastFollowsWcagsFormula() {
        assertThat(Brand.contrast("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(Brand.contrast("#777777", "#ffffff")).isCloseTo(4.48, within(0.01));
        assertThat(Brand.contrast("#fff", "#ffffff")).isCloseTo(1.0, within(0.001));
    }

    @Test
    void theDefaultColoursPassAa() {
        Brand brand = Brand.from(new SiteConfig(Map.of()));
        for (Brand.Setting s : Brand.SETTINGS) {
            if (s.against() != null) {
                assertThat(Brand.contrast(brand.colours().get(s.key()), brand.background(s))).as(s.key()).isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void theStylesheetCarriesEveryColourAsACustomProperty() {
        Brand brand = Brand.from(new SiteConfig(Map.of("brand.link", "#123456")));
        assertThat(brand.css()).contains("--brand-link: #123456;").contains("--brand-header-background: #0b3c49;");
    }
}
