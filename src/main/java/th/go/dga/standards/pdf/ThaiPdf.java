package th.go.dga.standards.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * Thai documents as PDF/A-3b, made from a Thymeleaf template under {@code templates/pdf/}: the template is the page
 * in XHTML with its CSS ({@code @page} for size, margins and footer; {@code font-family: Sarabun}), its {@code <title>}
 * the document's title and {@code <html lang="th">} its language. Templates reach messages ({@code #{...}}) in the
 * document's language and the application's beans ({@code @dates}), as the site's pages do.
 * <p>
 * Every face of Sarabun is embedded, lines break between Thai words (ICU), tone marks sit where they belong for the
 * common cases ({@link ThaiMarks}), and text copied out of the PDF is the text written. Nothing outside the template
 * is loaded: no image, stylesheet or font by address; an image is a {@code data:} URI in the template's model.
 */
@Component
public class ThaiPdf {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final SarabunFont font = new SarabunFont();

    public ThaiPdf(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /**
     * The template {@code templates/pdf/<template>.html} rendered with the model, in the locale's language.
     *
     * @param template the template's name under {@code templates/pdf/}, without {@code .html}: {@code "hearing-summary"}
     */
    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            Context context = new Context(locale, Map.copyOf(model));
            context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(application, application.getBeanProvider(ConversionService.class).getIfAvailable()));
            return fromXhtml(templates.process("pdf/" + template, context));
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /** A page written as XHTML, as a PDF. */
    byte[] fromXhtml(String xhtml) {
        Document document = parse(xhtml);
        placeMarks(document.getDocumentElement());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(document, "about:blank")
                .useExternalResourceAccessControl(ThaiPdf::embedded, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(ThaiPdf::embedded, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useUnicodeLineBreaker(ThaiBreakers.lines())
                .useUnicodeCharacterBreaker(ThaiBreakers.characters())
                .usePdfAConformance(PdfAConformance.PDFA_3_B)
                .useColorProfile(SRGB)
                .withProducer("DGA standards workflow")
                .toStream(out);
        font.register(builder);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ToUnicodeRepair.repair(out.toByteArray());
    }

    /** Only an image written into the page itself (a {@code data:} URI, as a QR code is) is loaded. */
    private static boolean embedded(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null && uri.startsWith("data:image/png;base64,");
    }

    /** Every text of the body, with the marks that need another place given their variant. */
    private static void placeMarks(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (!"title".equals(node.getNodeName()) && !"style".equals(node.getNodeName())) {
                    child.setNodeValue(ThaiMarks.place(child.getNodeValue()));
                }
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                placeMarks(child);
            }
        }
    }

    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("a PDF template that is not well-formed XHTML", e);
        }
    }
}
