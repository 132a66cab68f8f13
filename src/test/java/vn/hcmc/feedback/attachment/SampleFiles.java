package vn.hcmc.feedback.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real sample files, made in the test: photos with EXIF GPS, PDFs, executables, HTML, zip bombs. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A PNG photo whose eXIf chunk holds a GPS position (and a camera serial number). */
    public static byte[] pngWithGps(double lat, double lon) {
        byte[] png = image("png");
        byte[] exif = exifWithGps(lat, lon);
        // Insert the eXIf chunk right after IHDR (8-byte signature + 25-byte IHDR chunk).
        int afterIhdr = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        writeChunk(out, "eXIf", exif);
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    /** A JPEG photo with an APP1 Exif segment holding a GPS position. */
    public static byte[] jpegWithGps(double lat, double lon) {
        byte[] jpeg = image("jpeg");
        byte[] exif = exifWithGps(lat, lon);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + exif.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(header, 0, header.length);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    public static byte[] png() {
        return image("png");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.ORANGE);
        g.fillOval(10, 10, 30, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * EXIF as a little-endian TIFF structure: IFD0 with a camera serial (BodySerialNumber lives in the Exif IFD,
     * so IFD0's Make tag stands in for device data) and a pointer to the GPS IFD with latitude and longitude.
     */
    static byte[] exifWithGps(double lat, double lon) {
        ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: 2 entries (Make, GPSInfo pointer)
        int ifd0 = 8;
        int makeOffset = ifd0 + 2 + 2 * 12 + 4;           // 38
        byte[] make = "SERIAL-CAM-123456\0".getBytes(StandardCharsets.US_ASCII);
        int gpsIfd = makeOffset + make.length + (make.length % 2); // word aligned
        b.position(ifd0);
        b.putShort((short) 2);
        entry(b, 0x010F, 2, make.length, makeOffset);         // Make (ASCII)
        entry(b, 0x8825, 4, 1, gpsIfd);                       // GPSInfo IFD pointer (LONG)
        b.putInt(0);                                          // no next IFD
        b.position(makeOffset);
        b.put(make);
        // GPS IFD: 4 entries + rationals after it
        int rationals = gpsIfd + 2 + 4 * 12 + 4;
        b.position(gpsIfd);
        b.putShort((short) 4);
        entry(b, 0x0001, 2, 2, ascii2(lat >= 0 ? 'N' : 'S'));  // GPSLatitudeRef
        entry(b, 0x0002, 5, 3, rationals);                    // GPSLatitude
        entry(b, 0x0003, 2, 2, ascii2(lon >= 0 ? 'E' : 'W'));  // GPSLongitudeRef
        entry(b, 0x0004, 5, 3, rationals + 24);               // GPSLongitude
        b.putInt(0);
        b.position(rationals);
        dms(b, Math.abs(lat));
        dms(b, Math.abs(lon));
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        return out;
    }

    private static int ascii2(char c) {
        return c; // 'N' then NUL, packed little-endian into the value field
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void dms(ByteBuffer b, double degrees) {
        int d = (int) degrees;
        double minutesFull = (degrees - d) * 60;
        int m = (int) minutesFull;
        long s = Math.round((minutesFull - m) * 60 * 10000);
        b.putInt(d).putInt(1).putInt(m).putInt(1).putInt((int) s).putInt(10000);
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        ByteBuffer header = ByteBuffer.allocate(8);
        header.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII));
        out.write(header.array(), 0, 8);
        out.write(data, 0, data.length);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        ByteBuffer c = ByteBuffer.allocate(4).putInt((int) crc.getValue());
        out.write(c.array(), 0, 4);
    }

    /** A PDF with the given lines of text (PDFBox, through Tika's PDF module). */
    public static byte[] pdf(String... lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 740);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of many pages of text, far more than the text limit. */
    public static byte[] longPdf(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                    content.newLineAtOffset(20, 770);
                    for (int l = 0; l < 60; l++) {
                        content.showText("Trang " + p + " dong " + l + " rac thai un u chua duoc thu gom tai hem nay");
                        content.newLineAtOffset(0, -12);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a Linux ELF executable (what a renamed "photo.jpg" might really be). */
    public static byte[] elfExecutable() {
        byte[] elf = new byte[256];
        byte[] header = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        return elf;
    }

    /** The start of a Windows PE executable. */
    public static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A zip whose single entry inflates to {@code inflatedMegabytes} MB of zeros from a few kilobytes. */
    public static byte[] zipBomb(int inflatedMegabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("photo.jpg"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < inflatedMegabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
