package th.go.dga.standards.document;

/**
 * Sizes as people read them in messages: "200 MB", "512 KB", "80 B".
 */
final class Sizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private Sizes() {
    }

    static String format(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= KB && bytes % KB == 0) {
            return bytes / KB + " KB";
        }
        return bytes + " B";
    }
}
