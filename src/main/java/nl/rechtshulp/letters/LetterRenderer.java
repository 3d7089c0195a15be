package nl.rechtshulp.letters;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a letter template ({@code templates/letters/...}, well-formed XHTML) to PDF. One renderer for every
 * letter: text runs right to left where the script does (names in Arabic), Arabic letters are joined, and the fonts
 * are the machine's Noto and Amiri (Debian {@code fonts-noto-core}, {@code fonts-hosny-amiri}); without them the PDF's
 * own Latin fonts are used and the start-up log says so.
 */
@Component
public class LetterRenderer {

    private static final Logger log = LoggerFactory.getLogger(LetterRenderer.class);

    /** A family the templates name, and the files that may provide it, first found wins. */
    record FontFile(String family, int weight, List<String> paths) {
    }

    static final List<FontFile> FONTS = List.of(
            new FontFile("Noto Sans", 400, List.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")),
            new FontFile("Noto Sans", 700, List.of("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf")),
            new FontFile("Arabic", 400, List.of("/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
                    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf")),
            new FontFile("Arabic", 700, List.of("/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
                    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf")));

    private final ITemplateEngine templates;
    private final List<Map.Entry<FontFile, File>> availableFonts;

    LetterRenderer(ITemplateEngine templates) {
        this.templates = templates;
        this.availableFonts = FONTS.stream()
                .flatMap(font -> font.paths().stream().map(File::new).filter(File::canRead).limit(1)
                        .map(file -> Map.entry(font, file)))
                .toList();
        if (availableFonts.size() < FONTS.size()) {
            log.warn("Letters: {} of {} fonts found; install fonts-noto-core and fonts-hosny-amiri for non-Latin text",
                    availableFonts.size(), FONTS.size());
        }
    }

    /** Characters XML 1.0 cannot hold (control characters other than tab and line ends) would break the page. */
    private static final java.util.regex.Pattern NOT_IN_XML =
            java.util.regex.Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    static String printable(String text) {
        return NOT_IN_XML.matcher(text).replaceAll("\uFFFD");
    }

    /** The letter as PDF bytes; the model's values are escaped by the template like any page's. */
    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        Map<String, Object> printable = new java.util.HashMap<>();
        model.forEach((name, value) -> printable.put(name, value instanceof String text ? printable(text) : value));
        String xhtml = templates.process("letters/" + template, new Context(locale, printable));
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            for (var font : availableFonts) {
                builder.useFont(font.getValue(), font.getKey().family(), font.getKey().weight(),
                        BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
