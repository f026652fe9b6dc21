package guide.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressesTest {
    @Test
    void relativeAddressesResolveAgainstThePage() {
        assertThat(Addresses.resolve("framework/partnership.html", "../action-plan/plan.html#partnership"))
                .isEqualTo("action-plan/plan.html");
        assertThat(Addresses.resolve("framework/partnership.html", "empowerment.html")).isEqualTo("framework/empowerment.html");
        assertThat(Addresses.resolve("index.html", "framework/")).isEqualTo("framework/index.html");
        assertThat(Addresses.resolve("framework/partnership.html", "#what-good-looks-like")).isEqualTo("framework/partnership.html");
    }

    @Test
    void addressesThatClimbOutOfTheSiteAreRefused() {
        assertThat(Addresses.resolve("index.html", "../outside.html")).isNull();
    }

    @Test
    void externalAddressesAreRecognised() {
        assertThat(Addresses.isExternal("https://www.gov.uk")).isTrue();
        assertThat(Addresses.isExternal("mailto:someone@example.org")).isTrue();
        assertThat(Addresses.isExternal("//cdn.example.org/x.js")).isTrue();
        assertThat(Addresses.isExternal("framework/index.html")).isFalse();
    }

    @Test
    void fragmentsAreDecoded() {
        assertThat(Addresses.fragment("a.html#what%20good")).isEqualTo("what good");
        assertThat(Addresses.fragment("a.html")).isEmpty();
    }
}
