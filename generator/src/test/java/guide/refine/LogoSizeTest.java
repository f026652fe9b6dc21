package guide.refine;

import guide.testing.InMemorySite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local edition's header logo gets its width and height, fitted to the header's room, so the page does
 * not jump when the picture arrives.
 */
class LogoSizeTest {
    @TempDir
    Path dir;

    Element logoAfterRefining(String logo) {
        InMemorySite.Built built = InMemorySite.in(dir)
                .file("site.properties", "site.name=Test\nbrand.logo=" + logo + "\nbrand.logo-alt=Anytown Council\n")
                .page("content/index.adoc", "= Home\n\nText.\n", "<p>Text.</p>",
                        "<header><img class=\"header__logo\" src=\"" + logo + "\" alt=\"Anytown Council\"></header><main>{body}</main>")
                .build();
        new LogoSize().refine(built.pages(), built.site());
        return built.pages().byUri("index.html").orElseThrow().document().selectFirst("img.header__logo");
    }

    @Test
    void anSvgLogoSmallerThanTheRoomKeepsItsOwnSize() {
        InMemorySite.in(dir).file("assets/images/logo.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"32\" viewBox=\"0 0 120 32\"><rect width=\"32\" height=\"32\"/></svg>");
        Element img = logoAfterRefining("images/logo.svg");
        assertThat(img.attr("width") + "x" + img.attr("height")).isEqualTo("120x32");
    }

    @Test
    void anSvgWithOnlyAViewBoxIsFittedToTheRoomKeepingItsShape() {
        InMemorySite.in(dir).file("assets/images/logo.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 200\"><rect width=\"32\" height=\"32\"/></svg>");
        Element img = logoAfterRefining("images/logo.svg");
        assertThat(img.attr("width") + "x" + img.attr("height")).isEqualTo("192x48");
    }

    @Test
    void aTallPngLogoIsFittedByItsHeight() throws Exception {
        Path png = dir.resolve("assets/images/logo.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(new BufferedImage(100, 200, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Element img = logoAfterRefining("images/logo.png");
        assertThat(img.attr("width") + "x" + img.attr("height")).isEqualTo("32x64");
    }

    @Test
    void aLogoItCannotReadIsLeftAsItWas() {
        InMemorySite.in(dir).file("assets/images/logo.svg", "not a picture");
        Element img = logoAfterRefining("images/logo.svg");
        assertThat(img.hasAttr("width")).isFalse();
        assertThat(img.hasAttr("height")).isFalse();
    }
}
