package org.rightsdesk.cases;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.Tika;

/**
 * Decides what an uploaded file really is from its first bytes (Apache Tika's magic numbers),
 * never from the browser's claim, and refuses anything that is not a document or a picture a
 * case file needs: PDF, images, office documents, plain text. A file whose name promises one
 * type and whose bytes are another ("scan.pdf" that is an executable) is refused too.
 */
final class UploadCheck {

    private static final Tika TIKA = new Tika();

    /** Detected type → the type we store and serve. */
    private static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp", "image/tiff", "image/heic", "image/heif", "text/plain", "application/rtf",
            "application/x-tika-ooxml", "application/x-tika-msoffice", "application/msword", "application/vnd.ms-excel",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

    /** File-name extension → the family its bytes must belong to. */
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("pdf", "pdf"), Map.entry("png", "png"), Map.entry("jpg", "jpeg"), Map.entry("jpeg", "jpeg"),
            Map.entry("gif", "gif"), Map.entry("webp", "webp"), Map.entry("tif", "tiff"), Map.entry("tiff", "tiff"),
            Map.entry("heic", "hei"), Map.entry("heif", "hei"), Map.entry("txt", "text"), Map.entry("rtf", "rtf"),
            Map.entry("docx", "ooxml"), Map.entry("xlsx", "ooxml"), Map.entry("pptx", "ooxml"),
            Map.entry("doc", "msoffice"), Map.entry("xls", "msoffice"), Map.entry("odt", "opendocument"),
            Map.entry("ods", "opendocument"));

    private static final Map<String, String> OOXML = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private UploadCheck() {
    }

    /** The content type to store, or a problem naming the file and what it really is. */
    static String contentType(String fileName, byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new CaseProblem("upload_empty", "File '" + fileName + "' is empty", fileName);
        }
        if (bytes.length > maxBytes) {
            throw new CaseProblem("upload_size", "File '" + fileName + "' is " + megabytes(bytes.length)
                    + " MB; the limit is " + megabytes(maxBytes) + " MB", fileName, megabytes(bytes.length), megabytes(maxBytes));
        }
        String detected = TIKA.detect(bytes);
        if (!ALLOWED.contains(detected)) {
            throw new CaseProblem("upload_type", "File '" + fileName + "' is " + detected
                    + ", which is not accepted (PDF, images, office documents and plain text are)", fileName, detected);
        }
        String ext = extension(fileName);
        String family = EXTENSIONS.get(ext);
        if (family != null && !detected.contains(family) && !("text".equals(family) && detected.startsWith("text/"))) {
            throw new CaseProblem("upload_mismatch", "File '" + fileName + "' is named ." + ext + " but its content is "
                    + detected, fileName, ext, detected);
        }
        if (detected.equals("application/x-tika-ooxml")) {
            return OOXML.getOrDefault(ext, "application/octet-stream");
        }
        if (detected.equals("application/x-tika-msoffice")) {
            return "application/octet-stream";
        }
        return detected;
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_048_576.0);
    }
}
