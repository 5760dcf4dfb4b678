package org.rightsdesk.ingest;

/**
 * Recognises files that are not text at all (documents, images, archives, executables) from
 * their first bytes, so the import report can say "binary file (PDF)" instead of "unknown
 * encoding". Text never contains NUL bytes and few control characters; UTF-16 files are caught
 * earlier by their byte-order mark.
 */
final class BinaryFiles {

    private record Magic(String kind, int offset, int[] bytes) {
    }

    private static final Magic[] MAGIC = {
            magic("PDF", 0, '%', 'P', 'D', 'F'),
            magic("ZIP archive or Office document", 0, 'P', 'K', 3, 4),
            magic("PNG image", 0, 0x89, 'P', 'N', 'G'),
            magic("JPEG image", 0, 0xFF, 0xD8, 0xFF),
            magic("GIF image", 0, 'G', 'I', 'F', '8'),
            magic("gzip archive", 0, 0x1F, 0x8B),
            magic("7-Zip archive", 0, '7', 'z', 0xBC, 0xAF),
            magic("RAR archive", 0, 'R', 'a', 'r', '!'),
            magic("old Microsoft Office document", 0, 0xD0, 0xCF, 0x11, 0xE0),
            magic("executable", 0, 0x7F, 'E', 'L', 'F'),
            magic("WebP or other RIFF media", 0, 'R', 'I', 'F', 'F'),
            magic("video", 4, 'f', 't', 'y', 'p'),
            magic("SQLite database", 0, 'S', 'Q', 'L', 'i', 't', 'e'),
    };

    private BinaryFiles() {
    }

    /** What kind of binary file this is, or null when it may be text. */
    static String kind(byte[] bytes) {
        for (Magic m : MAGIC) {
            if (matches(bytes, m)) {
                return m.kind();
            }
        }
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "contains NUL bytes";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control * 100 > sample ? "many control characters" : null;
    }

    private static boolean matches(byte[] bytes, Magic m) {
        if (bytes.length < m.offset() + m.bytes().length) {
            return false;
        }
        for (int i = 0; i < m.bytes().length; i++) {
            if ((bytes[m.offset() + i] & 0xFF) != m.bytes()[i]) {
                return false;
            }
        }
        return true;
    }

    private static Magic magic(String kind, int offset, int... bytes) {
        return new Magic(kind, offset, bytes);
    }
}
