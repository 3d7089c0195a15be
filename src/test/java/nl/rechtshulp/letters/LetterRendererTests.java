package nl.rechtshulp.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The acknowledgement letter as the renderer writes it: its text, an Arabic name joined and embedded, markup inert. */
class LetterRendererTests {

    private static final String ARABIC_AUTHORITY = "النيابة العامة في دبي";

    @TempDir
    Path folder;

    @Test
    void theAcknowledgementCarriesAnnexBsSectionsAndTheFactsAsGiven() throws Exception {
        byte[] pdf = renderer().render("eio-acknowledgement", model("Staatsanwaltschaft Köln <b>bold</b>"),
                Locale.forLanguageTag("nl"));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("BEVESTIGING VAN ONTVANGST VAN EEN EOB", "A. HET BETREFFENDE EOB",
                    "B. DE AUTORITEIT DIE HET EOB HEEFT ONTVANGEN", "D. OVERIGE INFORMATIE", "E. ONDERTEKENING EN DATUM",
                    "RH-2026-000314", "StA-Köln-42", "IRC Amsterdam", "02-03-2026", "01-04-2026",
                    "Staatsanwaltschaft Köln <b>bold</b>");
        }
    }

    @Test
    void aControlCharacterTypedIntoAFormCannotBreakTheLetter() throws Exception {
        Map<String, Object> model = model("Staatsanwaltschaft\u000B Köln\u0001");
        model.put("remarks", "Zie\u0008 bijlage\uD83D\uDE00");
        byte[] pdf = renderer().render("eio-acknowledgement", model, Locale.forLanguageTag("nl"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Staatsanwaltschaft", "Köln", "Zie", "bijlage");
        }
    }

    @Test
    void anArabicNameIsWrittenRightToLeftInAnArabicFont() throws Exception {
        boolean installed = LetterRenderer.FONTS.stream().allMatch(font -> font.paths().stream()
                .anyMatch(path -> Files.isReadable(Path.of(path))));
        // CI installs the fonts and requires them; a developer's machine without them skips this test.
        if ("true".equals(System.getenv("RH_FONTS_REQUIRED"))) {
            assertThat(installed).as("Debian fonts-noto-core and fonts-hosny-amiri are installed").isTrue();
        }
        assumeTrue(installed, "Debian fonts-noto-core and fonts-hosny-amiri");
        byte[] pdf = renderer().render("eio-acknowledgement", model(ARABIC_AUTHORITY), Locale.forLanguageTag("nl"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> fonts = new HashSet<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(name -> name.contains("Amiri") || name.contains("NotoNaskhArabic"));
            assertThat(fonts).anyMatch(name -> name.contains("NotoSans"));
            String text = new PDFTextStripper().getText(document);
            // Joined letters come out as Arabic presentation forms or base letters, never as missing glyphs.
            assertThat(text.codePoints().filter(c -> (c >= 0x0600 && c <= 0x06FF) || (c >= 0xFE70 && c <= 0xFEFF))
                    .count()).isGreaterThanOrEqualTo(10);
            assertThat(text).doesNotContain("#####");
        }
        Path file = folder.resolve("letter.pdf");
        Files.write(file, pdf);
        if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            Process render = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1",
                    file.toString(), folder.resolve("page").toString()).redirectErrorStream(true).start();
            assertThat(render.waitFor()).as("poppler renders the letter").isZero();
            try (var pages = Files.list(folder)) {
                assertThat(pages.filter(path -> path.toString().endsWith(".png")).findFirst()).get()
                        .satisfies(png -> assertThat(Files.size(png)).isGreaterThan(1_000));
            }
        }
    }

    private static LetterRenderer renderer() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new LetterRenderer(engine);
    }

    private static Map<String, Object> model(String issuingAuthority) {
        Map<String, Object> model = new HashMap<>();
        model.put("reference", "RH-2026-000314");
        model.put("foreignReference", "StA-Köln-42");
        model.put("issuingAuthority", issuingAuthority);
        model.put("issuingStateName", "Duitsland");
        model.put("issuingAuthorityKind", "openbaar aanklager");
        model.put("validatingAuthority", null);
        model.put("receivedOn", "02-03-2026");
        model.put("receivingAuthorityName", "IRC Amsterdam");
        model.put("acknowledgedBy", "ircamsterdam");
        model.put("acknowledgedOn", "05-03-2026");
        model.put("transmittedTo", null);
        model.put("remarks", null);
        model.put("recognitionDueOn", "01-04-2026");
        return model;
    }
}
