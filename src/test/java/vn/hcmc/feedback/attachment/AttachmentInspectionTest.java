package vn.hcmc.feedback.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import vn.hcmc.feedback.system.Refusal;

/** Tika detection from content, photo GPS, metadata-free copies and bounded PDF text, on files made here. */
class AttachmentInspectionTest {

    static final AttachmentProperties LIMITS = new AttachmentProperties(DataSize.ofMegabytes(10),
            DataSize.ofMegabytes(30), 5, 500, Duration.ofSeconds(10), DataSize.ofMegabytes(64), 48_000_000L, 2560,
            DataSize.ofMegabytes(64), Duration.ofSeconds(1));

    final ContentTypes types = new ContentTypes();
    final PdfText pdfText = new PdfText(LIMITS);
    final AttachmentInspector inspector = new AttachmentInspector(LIMITS, types, new PhotoLocation(),
            new PublicCopies(LIMITS), pdfText);

    @AfterEach
    void stop() {
        pdfText.stop();
    }

    @Test
    void detectsAllowedTypesFromContent() {
        assertThat(types.detect(SampleFiles.png())).isEqualTo("image/png");
        assertThat(types.detect(SampleFiles.jpegWithGps(10.77, 106.70))).isEqualTo("image/jpeg");
        assertThat(types.detect(SampleFiles.pdf("hello"))).isEqualTo("application/pdf");
        assertThat(ContentTypes.allowed(types.detect(SampleFiles.png()))).isEqualTo(ContentTypes.PNG);
    }

    @Test
    void executablesHtmlAndZipsAreRefusedWhateverTheirName() {
        for (byte[] hostile : List.of(SampleFiles.elfExecutable(), SampleFiles.windowsExecutable(),
                SampleFiles.html(), SampleFiles.zipBomb(20))) {
            assertThat(ContentTypes.allowed(types.detect(hostile))).as(types.detect(hostile)).isNull();
            assertThatThrownBy(() -> inspector.inspect(List.of(new IncomingFile("photo.jpg", "image/jpeg", hostile))))
                    .isInstanceOfSatisfying(Refusal.class, p -> {
                        assertThat(p.reason()).isEqualTo(Refusal.Reason.UNSUPPORTED_TYPE);
                        assertThat(p.slug()).isEqualTo("unsupported-attachment-type");
                    });
        }
    }

    @Test
    void aZipBombIsRefusedWithoutInflatingIt() {
        byte[] bomb = SampleFiles.zipBomb(200);
        assertThat(bomb.length).as("200 MB of zeros fit in a small file").isLessThan(1024 * 1024);
        long started = System.nanoTime();
        assertThatThrownBy(() -> inspector.inspect(List.of(new IncomingFile("bomb.jpg", "image/jpeg", bomb))))
                .isInstanceOf(Refusal.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void photoGpsIsReadAndThePublicCopyHasNoMetadata() {
        byte[] png = SampleFiles.pngWithGps(10.7721, 106.6983);
        byte[] jpeg = SampleFiles.jpegWithGps(-33.5, -70.25);
        List<InspectedFile> files = inspector.inspect(List.of(new IncomingFile("a.png", null, png),
                new IncomingFile("b.jpg", null, jpeg)));
        InspectedFile p = files.get(0);
        assertThat(p.mediaType()).isEqualTo("image/png");
        assertThat(p.gps().lat()).isCloseTo(10.7721, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(p.gps().lon()).isCloseTo(106.6983, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(files.get(1).gps().lat()).isCloseTo(-33.5, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(files.get(1).gps().lon()).isCloseTo(-70.25, org.assertj.core.data.Offset.offset(1e-4));
        for (InspectedFile f : files) {
            assertThat(f.publicCopy()).isNotNull();
            assertThat(new PhotoLocation().of(f.publicCopy())).as("no GPS in the public copy").isEmpty();
            String copy = new String(f.publicCopy(), StandardCharsets.ISO_8859_1);
            assertThat(copy).doesNotContain("SERIAL-CAM").doesNotContain("Exif").doesNotContain("eXIf");
            assertThat(new String(f.content(), StandardCharsets.ISO_8859_1)).contains("SERIAL-CAM");
        }
    }

    @Test
    void pdfTextIsExtractedAndBounded() {
        InspectedFile small = inspector.inspect(List.of(new IncomingFile("a.pdf", null,
                SampleFiles.pdf("Rac thai un u tai hem 12 Le Loi", "Phuong Ben Thanh")))).get(0);
        assertThat(small.mediaType()).isEqualTo("application/pdf");
        assertThat(small.text()).contains("Rac thai un u tai hem 12 Le Loi").contains("Phuong Ben Thanh");
        assertThat(small.publicCopy()).as("documents are never shown publicly").isNull();

        InspectedFile big = inspector.inspect(List.of(new IncomingFile("big.pdf", null, SampleFiles.longPdf(40))))
                .get(0);
        assertThat(big.text()).hasSize(LIMITS.pdfMaxTextChars());
    }

    @Test
    void aBrokenPdfIsKeptWithoutText() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Length 999999 /Filter /FlateDecode >> stream\nxx".getBytes();
        InspectedFile file = inspector.inspect(List.of(new IncomingFile("x.pdf", null, broken))).get(0);
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.text()).isEmpty();
    }

    @Test
    void limitsOnCountAndSize() {
        byte[] png = SampleFiles.png();
        List<IncomingFile> six = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> new IncomingFile(i + ".png", null, png)).toList();
        assertThatThrownBy(() -> inspector.inspect(six)).isInstanceOfSatisfying(Refusal.class,
                p -> assertThat(p.slug()).isEqualTo("too-many-attachments"));
        AttachmentProperties tiny = new AttachmentProperties(DataSize.ofBytes(png.length - 1), DataSize.ofMegabytes(1),
                5, 100, Duration.ofSeconds(1), DataSize.ofMegabytes(8), 1000L, 2560,
            DataSize.ofMegabytes(64), Duration.ofSeconds(1));
        AttachmentInspector strict = new AttachmentInspector(tiny, types, new PhotoLocation(), new PublicCopies(tiny),
                pdfText);
        assertThatThrownBy(() -> strict.inspect(List.of(new IncomingFile("p.png", null, png))))
                .isInstanceOfSatisfying(Refusal.class, p -> {
                    assertThat(p.reason()).isEqualTo(Refusal.Reason.TOO_LARGE);
                    assertThat(p.slug()).isEqualTo("attachment-too-large");
                });
        AttachmentProperties smallTotal = new AttachmentProperties(DataSize.ofMegabytes(1),
                DataSize.ofBytes(png.length * 2L - 1), 5, 100, Duration.ofSeconds(1), DataSize.ofMegabytes(8), 1000L, 2560,
            DataSize.ofMegabytes(64), Duration.ofSeconds(1));
        AttachmentInspector total = new AttachmentInspector(smallTotal, types, new PhotoLocation(),
                new PublicCopies(smallTotal), pdfText);
        assertThatThrownBy(() -> total.inspect(List.of(new IncomingFile("1.png", null, png),
                new IncomingFile("2.png", null, png)))).isInstanceOfSatisfying(Refusal.class,
                p -> assertThat(p.slug()).isEqualTo("attachments-too-large"));
    }

    /**
     * Issue 16, finding 8: a large photo's public copy is decoded subsampled (its longest side at most
     * public-copy-max-side), and a 7000 × 7000 image, beyond the 48-megapixel limit, is not decoded at all.
     */
    @Test
    void aLargePhotoIsCopiedSmallAndAnOversizedOneNotAtAll() throws Exception {
        java.awt.image.BufferedImage wide = new java.awt.image.BufferedImage(6000, 4000,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(wide, "jpeg", jpeg);
        var copy = new PublicCopies(LIMITS).of(jpeg.toByteArray(), ContentTypes.JPEG).orElseThrow();
        java.awt.image.BufferedImage decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                copy.content()));
        assertThat(Math.max(decoded.getWidth(), decoded.getHeight())).isLessThanOrEqualTo(2560).isGreaterThan(1000);
        assertThat((double) decoded.getWidth() / decoded.getHeight()).isCloseTo(1.5, org.assertj.core.data.Offset
                .offset(0.01));

        java.awt.image.BufferedImage square = new java.awt.image.BufferedImage(7000, 7000,
                java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(square, "png", png);
        assertThat(png.size()).as("a small file").isLessThan(1_000_000);
        assertThat(new PublicCopies(LIMITS).of(png.toByteArray(), ContentTypes.PNG)).isEmpty();
    }

    @Test
    void aHugeDeclaredImageIsNotDecodedForTheCopy() {
        AttachmentProperties fewPixels = new AttachmentProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(30),
                5, 100, Duration.ofSeconds(1), DataSize.ofMegabytes(8), 100L, 2560,
            DataSize.ofMegabytes(64), Duration.ofSeconds(1));
        assertThat(new PublicCopies(fewPixels).of(SampleFiles.png(), ContentTypes.PNG)).isEmpty();
    }
}
