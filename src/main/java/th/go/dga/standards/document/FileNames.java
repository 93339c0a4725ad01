package th.go.dga.standards.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The uploader's file name, made safe to show and to send back in {@code Content-Disposition}. It never names a file
 * on disk: stored files have names the server makes up.
 */
final class FileNames {

    /** The name of a file that came without a usable one. */
    static final String FALLBACK = "document";

    /** Longest kept name, in characters: long enough for any real title, short enough for every file system. */
    static final int MAX_LENGTH = 200;

    /**
     * Longest name taken, in characters: what NTFS, APFS and ext4 hold. A longer name is not the name of a file anyone
     * has, and the upload is refused rather than quietly given another.
     */
    static final int MAX_CLIENT_LENGTH = 255;

    /** An "extension" longer than this is part of the name. */
    private static final int MAX_EXTENSION = 16;

    private static final String FORBIDDEN = "\"*/:<>?\\|";

    private FileNames() {
    }

    /**
     * The last segment of the name (a browser may send a whole Windows path), in NFC, without control and formatting
     * characters (a right-to-left override can make "fdp.exe" read as "exe.pdf"), without characters that Windows
     * refuses in names, on one line and at most {@value #MAX_LENGTH} characters long with its extension kept.
     */
    static String sanitise(String clientName) {
        if (clientName == null) {
            return FALLBACK;
        }
        String name = lastSegment(clientName);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                clean.append(' ');
            } else if (FORBIDDEN.indexOf(c) >= 0) {
                clean.append('_');
            } else if (!isInvisible(c)) {
                clean.appendCodePoint(c);
            }
        });
        String result = clean.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            String extension = extension(result);
            String tail = extension.isEmpty() || extension.length() > MAX_EXTENSION ? "" : "." + result.substring(result.length() - extension.length());
            String stem = result.substring(0, result.length() - tail.length());
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_LENGTH - tail.length())).strip();
            result = stem + tail;
        }
        return result.isEmpty() ? FALLBACK : result;
    }

    /** The length in characters of the name the browser sent, without the folders an old browser sends with it. */
    static int length(String clientName) {
        String name = clientName == null ? "" : lastSegment(clientName);
        return name.codePointCount(0, name.length());
    }

    private static String lastSegment(String clientName) {
        return clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1);
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }

    /** The extension in lower case, without its dot; empty when the name has none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name, given the format's usual extension if it has none, so that the download opens with the right program. */
    static String withExtension(String name, AcceptedFormat format) {
        return extension(name).isEmpty() ? name + "." + format.extensions().get(0) : name;
    }

    /**
     * {@code attachment; filename="..."; filename*=UTF-8''...} (RFC 6266): the UTF-8 name keeps Thai intact; the
     * plain {@code filename} is an ASCII stand-in for the few clients that do not read {@code filename*}.
     */
    static String attachment(String filename) {
        return "attachment; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + percentEncode(filename);
    }

    static String asciiFallback(String filename) {
        StringBuilder ascii = new StringBuilder(filename.length());
        for (char c : filename.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        String result = ascii.toString().replaceAll("_{2,}", "_");
        String extension = extension(result);
        String stem = extension.isEmpty() ? result : result.substring(0, result.length() - extension.length() - 1);
        if (!stem.matches(".*[A-Za-z].*")) {
            return FALLBACK + (extension.isEmpty() ? "" : "." + extension);
        }
        return result;
    }

    /** RFC 8187 {@code value-chars}: UTF-8, every byte outside {@code attr-char} percent-encoded. */
    static String percentEncode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
